import type { z } from "zod";
import type { CompanyDirectory } from "./company-directory";
import type { OpcoReference } from "./find-opco/reference";
import type { DocumentCatalogue } from "./list-documents/schema";
import type { QualiopiRegistry } from "./qualiopi/registry";

/** What the tools read: the reference tables, the document lists, the registries and the company directory. */
export interface ToolDeps {
  /** IDCC and NAF tables and the activity recogniser of `knowledge/data/` (findOpco). */
  reference: OpcoReference;
  /** Public company directory for SIRET/SIREN; without it those lookups ask for the IDCC. */
  directory?: CompanyDirectory | undefined;
  /** Sources of checkQualiopi, asked in order (local registry, then directory); none: every answer is `unknown`. */
  qualiopi: readonly QualiopiRegistry[];
  /** Document lists of `knowledge/data/documents.json` (listDocuments). */
  documents: DocumentCatalogue;
}

/**
 * A deterministic tool, declared once: its name (camelCase, as in `toolCalls`), a one-line summary,
 * a description for the LLM and the OpenAPI document, the zod schemas of its input and output, and
 * `run` on a validated input. HTTP routes, LLM tools, dialogue ports, the CLI and the evaluation are
 * derived from it.
 */
export interface Tool<
  Name extends string = string,
  In extends z.ZodType = z.ZodType,
  Out extends z.ZodType = z.ZodType,
> {
  name: Name;
  summary: string;
  description: string;
  input: In;
  output: Out;
  run(input: z.output<In>, deps: ToolDeps): z.output<Out> | Promise<z.output<Out>>;
}

/** Declares a tool, keeping its literal name and schema types. */
export const defineTool = <Name extends string, In extends z.ZodType, Out extends z.ZodType>(
  tool: Tool<Name, In, Out>,
) => tool;

/** `findOpco` -> `find-opco`: the tool's HTTP path segment and CLI command. */
export const toolSlug = (name: string) => name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);

/** The HTTP path of a tool: `POST /api/tools/<slug>`. */
export const toolPath = (name: string) => `/api/tools/${toolSlug(name)}`;
