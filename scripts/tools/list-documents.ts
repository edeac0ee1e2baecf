import { documentCatalogue } from "../../src/tools/documents-data";
import { ListDocumentsInputSchema } from "../../src/tools/documents-schema";
import { listDocuments } from "../../src/tools/list-documents";
import type { ToolCommand } from "../tool";

/** `npm run tool -- list-documents --scheme contrat-apprentissage [--phase before] [--role employer] [--lang en]` */
export const command: ToolCommand = {
  name: "list-documents",
  summary: "Documents before and after the training for a scheme (--scheme, --phase, --role, --lang)",
  input: ListDocumentsInputSchema,
  run: async (input) => listDocuments(ListDocumentsInputSchema.parse(input), documentCatalogue()),
};
