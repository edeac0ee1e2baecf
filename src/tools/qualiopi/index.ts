import { defineTool } from "../tool";
import { checkQualiopi } from "./check";
import { CheckQualiopiInputSchema, CheckQualiopiOutputSchema } from "./schemas";

export const checkQualiopiTool = defineTool({
  name: "checkQualiopi",
  summary: "Is a training provider Qualiopi-certified?",
  description:
    "Check whether a training provider is Qualiopi-certified: by SIRET, SIREN, NDA or name, in the official list " +
    "imported locally, then in the company directory. A malformed number answers `invalid_identifier` with the reason; " +
    "no data answers `unknown` with how to check.",
  input: CheckQualiopiInputSchema,
  output: CheckQualiopiOutputSchema,
  run: (input, deps) => checkQualiopi(input, { sources: deps.qualiopi }),
});
