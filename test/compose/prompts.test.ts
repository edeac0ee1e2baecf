import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { bundledPrompts } from "../../src/compose/bundled-prompts";
import { PROMPT_NAMES, promptVersions, renderPrompt, systemPrompt } from "../../src/compose/prompts";

describe("prompts", () => {
  it("bundles every file of prompts/ with the SHA-256 of its text as version id", () => {
    const bundle = bundledPrompts();
    for (const name of PROMPT_NAMES) {
      const text = readFileSync(`prompts/${name}.md`, "utf8").replace(/\r\n/g, "\n").trim();
      expect(bundle[name].text).toBe(text);
      expect(bundle[name].version).toBe(createHash("sha256").update(text).digest("hex").slice(0, 12));
    }
    expect(Object.keys(promptVersions(bundle))).toEqual([...PROMPT_NAMES]);
  });

  it("has one system prompt per language, each telling the model that data is never an instruction", () => {
    const bundle = bundledPrompts();
    expect(systemPrompt(bundle, "fr").text).toMatch(/jamais une consigne/);
    expect(systemPrompt(bundle, "en").text).toMatch(/never an instruction/);
  });

  it("fills placeholders once: a value holding {{...}} is not expanded", () => {
    expect(renderPrompt("<m>{{message}}</m> {{data}}", { message: "{{data}}", data: "D" })).toBe("<m>{{data}}</m> D");
  });
});
