import { defineTool } from "../tool";
import { listDocuments } from "./list-documents";
import { ListDocumentsInputSchema, ListDocumentsOutputSchema } from "./schema";

export const listDocumentsTool = defineTool({
  name: "listDocuments",
  summary: "Documents needed for a funding scheme",
  description:
    "List the documents to prepare for a funding scheme: before the training (to get the funding) and after it (to " +
    "be paid), each with who provides it, who receives or keeps it and its official source. `role` keeps only what " +
    "concerns that role.",
  input: ListDocumentsInputSchema,
  output: ListDocumentsOutputSchema,
  run: (input, deps) => listDocuments(input, deps.documents),
});
