import type { z } from "zod";
import { findOpcoTool } from "./find-opco";
import { fundingRoutesTool } from "./funding-routes";
import { listDocumentsTool } from "./list-documents";
import { checkQualiopiTool } from "./qualiopi";
import type { ToolDeps } from "./tool";

/**
 * Every deterministic tool, once. Adding a tool is a folder beside these and a line here: the HTTP
 * routes (`/api/tools/<slug>`), the LLM's tools, the dialogue's ports, the CLI (`npm run tool`)
 * and the evaluation's dispatch all read this list.
 */
export const TOOLS = [findOpcoTool, checkQualiopiTool, listDocumentsTool, fundingRoutesTool] as const;

export type AnyTool = (typeof TOOLS)[number];
export type ToolName = AnyTool["name"];
type ToolNamed<N extends ToolName> = Extract<AnyTool, { name: N }>;
/** What a caller may pass (defaults not applied yet). */
export type ToolInput<N extends ToolName> = z.input<ToolNamed<N>["input"]>;
/** What the tool answers. */
export type ToolOutput<N extends ToolName> = z.output<ToolNamed<N>["output"]>;

export const TOOL_NAMES = TOOLS.map((tool) => tool.name) as ToolName[];

export function toolNamed<N extends ToolName>(name: N): ToolNamed<N> {
  return TOOLS.find((tool) => tool.name === name) as ToolNamed<N>;
}

/** The tools bound to their dependencies: each validates its input with its own schema, then runs. */
export type ToolSet = { [N in ToolName]: (input: ToolInput<N>) => Promise<ToolOutput<N>> };

export function bindTools(deps: ToolDeps): ToolSet {
  const bind = <N extends ToolName>(name: N) => {
    const tool = toolNamed(name);
    // The union of the tools' schemas is narrowed by name; `run` is the tool's own.
    const run = tool.run as (input: unknown, deps: ToolDeps) => ToolOutput<N> | Promise<ToolOutput<N>>;
    return async (input: ToolInput<N>) => run(tool.input.parse(input), deps);
  };
  return Object.fromEntries(TOOL_NAMES.map((name) => [name, bind(name)])) as ToolSet;
}
