import { createRoute, OpenAPIHono } from "@hono/zod-openapi";
import { ErrorBodySchema } from "../../../core/errors";
import type { AppEnv } from "../../../http/types";
import { validationHook } from "../../../http/validation";
import {
  type DocumentCatalogue,
  ListDocumentsInputSchema,
  ListDocumentsOutputSchema,
} from "../../../tools/documents-schema";
import { listDocuments } from "../../../tools/list-documents";

const route = createRoute({
  method: "post",
  path: "/api/tools/list-documents",
  summary: "Documents needed for a funding scheme",
  description:
    "The documents before the training (to get the funding) and after it (to be paid), each with who provides it, " +
    "who receives or keeps it and its official source. `role` keeps only what concerns that role.",
  request: { body: { required: true, content: { "application/json": { schema: ListDocumentsInputSchema } } } },
  responses: {
    200: {
      description: "The documents of the scheme",
      content: { "application/json": { schema: ListDocumentsOutputSchema } },
    },
    400: {
      description: "Invalid body (unknown scheme, phase, role or language)",
      content: { "application/json": { schema: ErrorBodySchema } },
    },
  },
});

export const listDocumentsRoutes = (catalogue: DocumentCatalogue) =>
  new OpenAPIHono<AppEnv>({ defaultHook: validationHook }).openapi(route, (c) =>
    c.json(listDocuments(c.req.valid("json"), catalogue), 200),
  );
