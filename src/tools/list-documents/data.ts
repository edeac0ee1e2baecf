import documentsJson from "../../../knowledge/data/documents.json";
import { type DocumentCatalogue, DocumentCatalogueSchema } from "./schema";

/** The document lists of `knowledge/data/documents.json`, validated once when first used. */
let catalogue: DocumentCatalogue | undefined;
export const documentCatalogue = (): DocumentCatalogue => (catalogue ??= DocumentCatalogueSchema.parse(documentsJson));
