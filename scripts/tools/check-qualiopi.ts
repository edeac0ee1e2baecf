import { join } from "node:path";
import { DEFAULT_DATA_DIR, loadMemoryRegistry, SNAPSHOT_FILE } from "../../src/node/qualiopi/snapshot-file";
import { type CheckQualiopiInput, CheckQualiopiInputSchema, checkQualiopi } from "../../src/tools/check-qualiopi";
import type { ToolCommand } from "../tool";

/** Snapshot the CLI reads: QUALIOPI_SNAPSHOT, else the importer's default output. */
const snapshotPath = () => process.env.QUALIOPI_SNAPSHOT ?? join(DEFAULT_DATA_DIR, SNAPSHOT_FILE);

/** `npm run tool -- check-qualiopi --siret 123... | --siren | --nda | --name "..." [--lang en]` */
export const command: ToolCommand = {
  name: "check-qualiopi",
  summary:
    "Is a training provider Qualiopi-certified? (--siret, --siren, --nda or --name; after npm run qualiopi:import)",
  input: CheckQualiopiInputSchema,
  async run(input) {
    const registry = await loadMemoryRegistry(snapshotPath());
    return checkQualiopi(input as CheckQualiopiInput, { sources: [registry] });
  },
};
