import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import opcosJson from "../../../knowledge/data/opcos.json";
import {
  LIMITS,
  quickReplyBlocks,
  renderResponse,
  splitSections,
  summaryUrl,
} from "../../../src/channels/slack/blocks";
import type { ChatResponse } from "../../../src/core/chat";
import { OpcoListSchema } from "../../../src/core/opco";
import type { Citation } from "../../../src/core/reply";
import { NextStepsSummarySchema } from "../../../src/core/summary";
import { welcomeReply } from "../../../src/dialogue/welcome";

const SESSION = "slack:T0001:D0001:1700000000.000100";
const BASE = "https://assistant.example";

/** A real card's citation: its id, title and first official source, from its front matter. */
function citationOf(lang: "fr" | "en", id: string): Citation {
  const text = readFileSync(new URL(`../../../knowledge/${lang}/${id}.md`, import.meta.url), "utf8");
  const front = parse(text.split(/^---$/m)[1] ?? "") as { title: string; sources: { url: string }[] };
  return { id, title: front.title, url: front.sources[0]?.url };
}

const response = (over: Partial<ChatResponse> = {}): ChatResponse => ({
  sessionId: SESSION,
  lang: "en",
  step: "profile",
  reply: welcomeReply("en"),
  profile: {},
  toolCalls: [],
  summary: null,
  ...over,
});

const atlas = OpcoListSchema.parse(opcosJson).find((o) => o.id === "atlas");
const summary = NextStepsSummarySchema.parse({
  lang: "en",
  profile: { role: "employer", headcount: 30 },
  opco: { id: "atlas", name: atlas?.name, confidence: "certain", basis: "IDCC 1486" },
  routes: [
    { scheme: "plan-developpement-competences", eligible: "yes", why: "under 50 employees", funder: atlas?.name },
  ],
  documents: [{ id: "convention", label: "Training agreement" }],
  steps: [{ order: 1, action: "Send the request on the OPCO portal", who: "employer" }],
  deadlines: [],
  unknowns: [],
  citations: [],
  text: `## Your plan\n\n**OPCO:** ${atlas?.name}\n\n- Send the request **before** the training starts`,
});

describe("renderResponse", () => {
  it("renders the reply as mrkdwn sections, and its quick replies as buttons carrying their values", () => {
    const message = renderResponse(response(), { baseUrl: BASE });
    expect(message.blocks[0]).toEqual({
      type: "section",
      text: { type: "mrkdwn", text: expect.stringContaining("To start, *who are you?*") },
    });
    const actions = message.blocks.filter((b) => b.type === "actions");
    expect(actions).toHaveLength(1);
    expect(actions[0]).toMatchObject({ block_id: `qr|${SESSION}|0` });
    const buttons = actions.flatMap((b) => (b.type === "actions" ? b.elements : []));
    expect(buttons.map((b) => [b.action_id, b.text.text, b.value])).toEqual(
      welcomeReply("en").quickReplies.map((q, i) => [`quick_reply_${i}`, q.label, q.value]),
    );
    expect(message.text).toContain("*who are you?*");
  });

  it("lists the citations in a context block with links to their official pages", () => {
    const citations = [
      citationOf("en", "documents-avant-formation"),
      citationOf("en", "verifier-qualiopi"),
      { id: "x", title: "No <link> card" },
    ];
    const message = renderResponse(response({ reply: { ...welcomeReply("en"), citations } }), { baseUrl: BASE });
    const context = message.blocks.find((b) => b.type === "context");
    const text = context?.type === "context" ? context.elements[0]?.text : "";
    expect(text).toContain(`<${citations[0]?.url}|Which documents are needed before the course?>`);
    expect(text).toContain(`<${citations[1]?.url}|`);
    expect(text).toContain("No &lt;link&gt; card");
    expect(text?.startsWith("Sources:")).toBe(true);
  });

  it("shows the plan once, as a compact card with a button to the printable plan", () => {
    const reply = { text: `Noted.\n\n${summary.text}`, citations: [], quickReplies: [] };
    const message = renderResponse(response({ step: "summary", reply, summary }), { baseUrl: BASE });
    const texts = message.blocks.flatMap((b) => (b.type === "section" ? [b.text.text] : []));
    expect(texts[0]).toBe("Noted.");
    // The plan's Markdown is not repeated: only the card's few lines.
    expect(texts.join("\n")).not.toContain("*Your plan*");
    expect(texts.some((t) => t.startsWith("*Your funding plan*") && t.includes("*Your OPCO*: Atlas (certain)"))).toBe(
      true,
    );
    expect(texts.some((t) => t.includes("• Skills development plan") && t.includes("_yes_"))).toBe(true);
    expect(texts.some((t) => t.startsWith("*Next steps*\n1. Send the request on the OPCO portal"))).toBe(true);
    const link = message.blocks
      .flatMap((b) => (b.type === "actions" ? b.elements : []))
      .find((b) => b.action_id === "open_summary");
    expect(link).toMatchObject({
      text: { text: "Open the full plan" },
      url: `${BASE}/api/sessions/slack%3AT0001%3AD0001%3A1700000000.000100/summary?format=html`,
    });
    expect(link?.value).toBeUndefined();
    const fr = renderResponse(response({ lang: "fr", summary: { ...summary, lang: "fr" } }), { baseUrl: BASE });
    expect(JSON.stringify(fr.blocks)).toContain("Ouvrir le plan complet");
  });

  it("after a change to a plan already shown, says so briefly and links to the updated plan", () => {
    const reply = { text: `Noted: 60 employees.\n\nPlan updated.\n\n${summary.text}`, citations: [], quickReplies: [] };
    const message = renderResponse(response({ step: "summary", reply, summary }), { baseUrl: BASE });
    const texts = message.blocks.flatMap((b) => (b.type === "section" ? [b.text.text] : []));
    expect(texts).toEqual(["Noted: 60 employees.\n\nPlan updated."]);
    const buttons = message.blocks.flatMap((b) => (b.type === "actions" ? b.elements : []));
    expect(buttons.map((b) => b.text.text)).toEqual(["See the updated plan"]);
  });

  it("does not repeat the sources line of an answer: the context block lists them", () => {
    const citation = citationOf("en", "verifier-qualiopi");
    const text = `**Is it certified?**\n\nCheck the public list.\n\nSources: [${citation.title}](${citation.url})`;
    const message = renderResponse(response({ reply: { text, citations: [citation], quickReplies: [] } }), {
      baseUrl: BASE,
    });
    expect(JSON.stringify(message.blocks.filter((b) => b.type === "section"))).not.toContain("Sources");
    expect(message.blocks.filter((b) => b.type === "context")).toHaveLength(1);
  });

  it("stays within Block Kit limits for a very long reply, many quick replies and a plan", () => {
    const paragraph = (i: number) =>
      `**Paragraph ${i}.** ${"Le financement dépend de l'OPCO & de la taille < 50. ".repeat(12)}`;
    const long = Array.from({ length: 200 }, (_, i) => paragraph(i)).join("\n\n");
    const quickReplies = Array.from({ length: 30 }, (_, i) => ({
      label: `Option ${i} ${"x".repeat(100)}`,
      value: "v".repeat(2500),
    }));
    const message = renderResponse(response({ reply: { text: long, citations: [], quickReplies }, summary }), {
      baseUrl: BASE,
    });
    expect(message.blocks.length).toBeLessThanOrEqual(LIMITS.blocks);
    expect(message.text.length).toBeLessThanOrEqual(LIMITS.fallbackText);
    for (const block of message.blocks) {
      if (block.type === "section") expect(block.text.text.length).toBeLessThanOrEqual(LIMITS.sectionText);
      if (block.type === "actions") {
        expect(block.elements.length).toBeLessThanOrEqual(LIMITS.buttonsPerActions);
        for (const b of block.elements) {
          expect(b.text.text.length).toBeLessThanOrEqual(LIMITS.buttonLabel);
          expect((b.value ?? "").length).toBeLessThanOrEqual(LIMITS.buttonValue);
        }
      }
    }
    const buttons = message.blocks.flatMap((b) => (b.type === "actions" ? b.elements : []));
    expect(buttons.filter((b) => b.action_id.startsWith("quick_reply_"))).toHaveLength(30);
    expect(buttons.some((b) => b.action_id === "open_summary")).toBe(true);
    expect(message.blocks.some((b) => b.type === "section" && b.text.text.endsWith("…"))).toBe(true);
  });
});

describe("splitSections", () => {
  it("keeps short text in one section and splits on paragraphs, never inside a link (shorter than a section) or an entity", () => {
    expect(splitSections("a\n\nb")).toEqual(["a\n\nb"]);
    const text = `${"word ".repeat(9)}&amp; <https://www.atlas.fr|Atlas> end`;
    for (let max = 30; max < text.length; max += 1) {
      const parts = splitSections(text, max);
      for (const part of parts) {
        expect(part.length).toBeLessThanOrEqual(max);
        expect((part.match(/</g) ?? []).length).toBe((part.match(/>/g) ?? []).length);
        expect(part).not.toMatch(/&[a-z]*$/);
      }
      expect(parts.join(" ").replace(/\s+/g, " ")).toBe(text.replace(/\s+/g, " "));
    }
  });
});

describe("quickReplyBlocks", () => {
  it("puts at most 25 buttons in an actions block, with action ids numbered across blocks", () => {
    const blocks = quickReplyBlocks(
      Array.from({ length: 26 }, (_, i) => ({ label: `L${i}`, value: `V${i}` })),
      SESSION,
    );
    expect(
      blocks.map((b) => (b.type === "actions" ? [b.block_id, b.elements.length, b.elements.at(-1)?.action_id] : null)),
    ).toEqual([
      [`qr|${SESSION}|0`, 25, "quick_reply_24"],
      [`qr|${SESSION}|1`, 1, "quick_reply_25"],
    ]);
  });
});

describe("summaryUrl", () => {
  it("links to the session's HTML summary on the public origin", () => {
    expect(summaryUrl(BASE, "abc-123-xyz")).toBe(`${BASE}/api/sessions/abc-123-xyz/summary?format=html`);
  });
});

describe("the centre's call-back in Slack", () => {
  it("is a button that opens the call-back form, before the quick replies, only when the centre offers it", () => {
    const contactUrl = `${BASE}/contact?session=${encodeURIComponent(SESSION)}&lang=en&sig=ab12`;
    const offered = renderResponse(response({ offerCallback: "offer" }), { baseUrl: BASE, contactUrl });
    const buttons = offered.blocks.flatMap((b) => (b.type === "actions" ? b.elements : []));
    const callback = buttons.find((b) => b.action_id === "open_contact");
    expect(callback).toMatchObject({ url: contactUrl, text: { text: "Be called back" }, style: "primary" });
    expect(buttons.indexOf(callback as (typeof buttons)[number])).toBe(0);
    const plain = renderResponse(response(), { baseUrl: BASE, contactUrl });
    expect(JSON.stringify(plain)).not.toContain("open_contact");
  });
});
