import { defineTool } from "../tool";
import { findOpco } from "./find-opco";
import { FindOpcoInputSchema, FindOpcoOutputSchema } from "./schema";

export const findOpcoTool = defineTool({
  name: "findOpco",
  summary: "Find the OPCO of an employer",
  description:
    "Find the OPCO of an employer: by IDCC (certain), SIRET or SIREN (public company directory, with a fallback when it " +
    "is unreachable), NAF code (probable) or a free-text description (candidates). A malformed identifier gets " +
    '`status: "invalid_input"` and the reason; where no OPCO applies, `not_applicable` names who funds.',
  input: FindOpcoInputSchema,
  output: FindOpcoOutputSchema,
  run: (input, deps) => findOpco(input, deps),
});
