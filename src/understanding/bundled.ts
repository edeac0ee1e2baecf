import modelJson from "../generated/intent-model.json";
import { type ClassifierModel, ClassifierModelSchema } from "./classifier";

/** The intent classifier built by `npm run understanding:build` (src/generated/intent-model.json). */
export const loadIntentModel = (): ClassifierModel => ClassifierModelSchema.parse(modelJson);
