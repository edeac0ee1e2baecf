import { z } from "zod";
import { fundingRoutes } from "../../src/tools/funding-routes";
import { FundingRoutesInputSchema } from "../../src/tools/funding-routes-schema";
import type { ToolCommand } from "../tool";

// Flags arrive as text: the headcounts are read as numbers, then the tool's own schema applies.
const count = z.coerce.number().int().min(0).optional();
const FlagsSchema = FundingRoutesInputSchema.extend({ headcount: count, clientHeadcount: count });

/** `npm run tool -- funding-routes --status employer --headcount 12 [--goal certification] [--lang en]` */
export const command: ToolCommand = {
  name: "funding-routes",
  summary: "Funding routes for a profile (--status, --headcount, --goal, --clientStatus, --clientHeadcount, --lang)",
  input: FlagsSchema,
  run: async (input) => fundingRoutes(FlagsSchema.parse(input)),
};
