import bundleJson from "../generated/understanding.json";
import { UnderstandingBundleSchema, type UnderstandingModel, understandingModel } from "./model";

/** The understanding model built by `npm run understanding:build` (src/generated/understanding.json). */
export const loadUnderstandingModel = (): UnderstandingModel =>
  understandingModel(UnderstandingBundleSchema.parse(bundleJson));
