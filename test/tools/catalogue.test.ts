import { describe, expect, it } from "vitest";
import { createLlmTools } from "../../src/compose/tools";
import { TOOL_NAMES, TOOLS } from "../../src/tools/catalogue";
import { toolPath, toolSlug } from "../../src/tools/tool";
import { testApp } from "../helpers";

const { app, runtime } = testApp();

describe("the tool catalogue", () => {
  it("names each tool once, in camelCase, with a kebab-case slug", () => {
    expect(new Set(TOOL_NAMES).size).toBe(TOOLS.length);
    for (const tool of TOOLS) {
      expect(tool.name).toMatch(/^[a-z][a-zA-Z]+$/);
      expect(toolSlug(tool.name)).toMatch(/^[a-z]+(-[a-z]+)+$/);
      expect(tool.description.length).toBeGreaterThan(40);
    }
  });

  it("serves every tool at POST /api/tools/<slug>, documented in the OpenAPI document", async () => {
    const doc = (await (await app.request("/openapi.json")).json()) as { paths: Record<string, { post?: unknown }> };
    for (const tool of TOOLS) expect(doc.paths[toolPath(tool.name)]?.post, tool.name).toBeDefined();
  });

  it("offers every tool to the LLM under the same name, with the same input schema", () => {
    const offered = createLlmTools({ tools: runtime.tools, knowledge: runtime.kb });
    for (const tool of TOOLS) expect(offered.find((t) => t.name === tool.name)?.schema).toBe(tool.input);
  });

  it("binds every tool for the dialogue and the evaluation, validating inputs with the tool's own schema", async () => {
    expect(Object.keys(runtime.tools).sort()).toEqual([...TOOL_NAMES].sort());
    await expect(runtime.tools.findOpco({})).rejects.toThrow(/idcc, siret, siren, naf, query or status/);
    const answer = await runtime.tools.findOpco({ idcc: "1486" });
    expect(TOOLS[0].output.parse(answer)).toMatchObject({ opco: { id: "atlas" } });
  });
});
