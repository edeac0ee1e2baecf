import { describe, expect, it } from "vitest";
import opcosJson from "../../../knowledge/data/opcos.json";
import { escapeCardMarkdown, messageText, renderResponse, summaryCard } from "../../../src/channels/teams/cards";
import { type ChatResponse, ChatResponseSchema } from "../../../src/core/chat";
import { OpcoListSchema } from "../../../src/core/opco";
import { type NextStepsSummary, NextStepsSummarySchema } from "../../../src/core/summary";

const atlas = OpcoListSchema.parse(opcosJson).find((opco) => opco.id === "atlas");
if (!atlas) throw new Error("knowledge/data/opcos.json has no atlas entry");

const summary: NextStepsSummary = NextStepsSummarySchema.parse({
  lang: "en",
  profile: { role: "employer", headcount: 30, company: { name: "Data*Conseil [SAS]", opcoId: "atlas" } },
  opco: { id: "atlas", name: atlas.name, confidence: "probable", basis: "IDCC 1486 (Syntec)" },
  routes: [
    { scheme: "plan-developpement-competences", eligible: "yes", why: "under 50 employees", funder: atlas.name },
    { scheme: "cpf", eligible: "maybe", why: "the employee's own account", funder: "Caisse des Dépôts" },
  ],
  documents: [{ id: "quote", label: "The provider's quote" }],
  steps: [
    {
      order: 2,
      action: "Submit the request on the OPCO's portal",
      who: "employer",
      when: "before the training starts",
    },
    { order: 1, action: "Check the provider is Qualiopi certified", who: "employer" },
  ],
  deadlines: [{ label: "Request before the first day of training" }],
  unknowns: ["The exact IDCC: it is on the payslip"],
  citations: [{ id: "opco-atlas", title: "Atlas", url: atlas.website }],
  text: "## Your plan",
});

const SUMMARY_URL = "https://assistant.example/api/sessions/teams%3Aa%3A1x/summary?format=html";

describe("summaryCard", () => {
  const card = summaryCard(summary, SUMMARY_URL);
  const texts = card.body.filter((block) => block.type === "TextBlock").map((block) => block.text as string);

  it("is an Adaptive Card 1.5 that opens the HTML summary", () => {
    expect(card).toMatchObject({ type: "AdaptiveCard", version: "1.5" });
    expect(card.actions).toEqual([{ type: "Action.OpenUrl", title: "Open the full summary", url: SUMMARY_URL }]);
  });

  it("shows the OPCO, the routes as facts, the steps in order, deadlines, documents and unknowns", () => {
    expect(texts).toContain("Atlas (probable)");
    const facts = card.body.find((block) => block.type === "FactSet")?.facts as { title: string; value: string }[];
    expect(facts.map((fact) => fact.title)).toEqual([
      "Skills development plan (plan de développement des compétences)",
      "CPF (personal training account)",
    ]);
    expect(facts[0]?.value).toBe("yes · Atlas · under 50 employees");
    const first = texts.findIndex((text) => text.startsWith("1. Check the provider"));
    const second = texts.findIndex((text) => text.startsWith("2. Submit the request"));
    expect(first).toBeGreaterThan(-1);
    expect(second).toBeGreaterThan(first);
    for (const heading of ["Deadlines", "Documents", "Still to find"]) expect(texts).toContain(heading);
    expect(texts).toContain("• The exact IDCC: it is on the payslip");
  });

  it("uses French headings for a French summary, and shows the funder when no OPCO applies", () => {
    const fr = summaryCard({ ...summary, lang: "fr", opco: null, funder: "France Travail" }, SUMMARY_URL);
    const frTexts = fr.body.map((block) => block.text);
    expect(frTexts).toContain("Votre plan de financement");
    expect(frTexts).toContain("Financeur");
    expect(frTexts).toContain("France Travail");
    expect(frTexts).not.toContain("OPCO");
  });
});

describe("escaping", () => {
  it("shows Markdown characters literally in card text", () => {
    expect(escapeCardMarkdown("Data*Conseil [SAS]_x")).toBe("Data\\*Conseil \\[SAS\\]\\_x");
  });

  it("neutralises HTML and mentions in message text, and lists citations as links", () => {
    const text = messageText("See <at>everyone</at> & **this**", summary.citations, "en");
    expect(text).toBe(`See &lt;at&gt;everyone&lt;/at&gt; &amp; **this**\n\n**Sources**\n- [Atlas](${atlas.website})`);
  });

  it("keeps a citation without an https URL as plain text", () => {
    expect(messageText("Hi", [{ id: "x", title: "Code du travail [L6313-1]" }], "fr")).toBe(
      "Hi\n\n**Sources**\n- Code du travail \\[L6313-1\\]",
    );
  });
});

describe("renderResponse", () => {
  const response: ChatResponse = ChatResponseSchema.parse({
    sessionId: "teams:a:1conversation",
    lang: "en",
    step: "summary",
    reply: { text: "Here is your plan.", citations: [], quickReplies: [{ label: "Start again", value: "restart" }] },
    profile: summary.profile,
    toolCalls: [],
    summary,
  });

  it("attaches the summary card and, in a channel, a card of quick-reply buttons", () => {
    const message = renderResponse(response, { summaryUrl: SUMMARY_URL, personal: false });
    expect(message.attachments?.map((a) => a.content.body[0]?.text)).toEqual([
      "Your funding plan",
      "Choose an answer:",
    ]);
    expect(message.attachments?.[1]?.content.actions).toEqual([
      { type: "Action.Submit", title: "Start again", data: { action: "quickReply", value: "restart" } },
    ]);
    expect(message.suggestedActions).toBeUndefined();
  });

  it("uses suggested actions in a personal chat", () => {
    const message = renderResponse(response, { summaryUrl: SUMMARY_URL, personal: true });
    expect(message.attachments).toHaveLength(1);
    expect(message.suggestedActions?.actions).toEqual([{ type: "imBack", title: "Start again", value: "restart" }]);
  });
});
