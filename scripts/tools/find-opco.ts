import { loadConfig } from "../../src/core/config";
import { createCompanyDirectory } from "../../src/tools/company-directory";
import { type FindOpcoDeps, findOpco } from "../../src/tools/find-opco";
import { type FindOpcoInput, FindOpcoInputSchema } from "../../src/tools/find-opco-schema";
import { opcoReference } from "../../src/tools/reference-data";
import type { ToolCommand } from "../tool";

/** `npm run tool -- find-opco --idcc 1486` (or --siret, --siren, --naf, --query, --status, --lang); SIRET/SIREN use the public directory. */
export const command: ToolCommand = {
  name: "find-opco",
  summary: "Find the OPCO by --idcc, --siret, --siren, --naf or --query (with --status, --lang)",
  input: FindOpcoInputSchema,
  run(input) {
    const config = loadConfig(process.env);
    const deps: FindOpcoDeps = {
      reference: opcoReference(),
      directory: createCompanyDirectory({
        baseUrl: config.COMPANY_DIRECTORY_URL,
        timeoutMs: config.COMPANY_DIRECTORY_TIMEOUT_MS,
        fetch: globalThis.fetch,
      }),
    };
    return findOpco(input as FindOpcoInput, deps);
  },
};
