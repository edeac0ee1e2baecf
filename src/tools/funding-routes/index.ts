import { defineTool } from "../tool";
import { fundingRoutes } from "./funding-routes";
import { FundingRoutesInputSchema, FundingRoutesOutputSchema } from "./schema";

export const fundingRoutesTool = defineTool({
  name: "fundingRoutes",
  summary: "Funding routes open to a profile",
  description:
    "List the funding schemes open to a profile: from the status (and, for a provider, its client's), the company " +
    "headcount and the training goal, every relevant scheme with yes / maybe / no, why in a full sentence and who " +
    "pays, plus funders outside the schemes (FAF, CNFPT/ANFH, AIF).",
  input: FundingRoutesInputSchema,
  output: FundingRoutesOutputSchema,
  run: (input) => fundingRoutes(input),
});
