import { describe, expect, it } from "vitest";
import opcosJson from "../../../knowledge/data/opcos.json";
import {
  callbackCard,
  escapeCardMarkdown,
  MAX_CARD_ACTIONS,
  messageText,
  quickReplyCard,
  renderResponse,
  summaryCard,
} from "../../../src/channels/teams/cards";
import { type ChatResponse, ChatResponseSchema } from "../../../src/core/chat";
import { OpcoListSchema } from "../../../src/core/opco";
import { type NextStepsSummary, NextStepsSummarySchema } from "../../../src/core/summary";
import { welcomeReply } from "../../../src/dialogue/welcome";
import { cardProblems } from "./validate-card";

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
  const card = summaryCard(summary, SUMMARY_URL, new Date("2026-11-28"));
  const texts = card.body.filter((block) => block.type === "TextBlock").map((block) => block.text as string);

  it("is a valid Adaptive Card 1.5 (the adaptivecards validator finds nothing) that opens the full plan", () => {
    expect(card).toMatchObject({ type: "AdaptiveCard", version: "1.5" });
    expect(cardProblems(card)).toEqual([]);
    expect(card.actions).toEqual([{ type: "Action.OpenUrl", title: "Open the full plan", url: SUMMARY_URL }]);
  });

  it("is compact: the funder, the routes with their verdicts, the next steps in order and the next deadline", () => {
    expect(texts).toContain("Atlas (probable)");
    const facts = card.body.find((block) => block.type === "FactSet")?.facts as { title: string; value: string }[];
    expect(facts).toEqual([
      { title: "Skills development plan (plan de développement des compétences)", value: "yes" },
      { title: "CPF (personal training account)", value: "maybe" },
    ]);
    const first = texts.findIndex((text) => text.startsWith("1. Check the provider"));
    const second = texts.findIndex((text) => text.startsWith("2. Submit the request"));
    expect(first).toBeGreaterThan(-1);
    expect(second).toBeGreaterThan(first);
    expect(texts).toContain("Next deadline");
    expect(texts).toContain("Request before the first day of training");
    expect(texts).toContain("1 fact still to find (see the full plan)");
    // Documents and the reasons of each route are left to the full plan.
    expect(texts).not.toContain("Documents");
    expect(JSON.stringify(card).length).toBeLessThan(2500);
  });

  it("shows the next dated deadline, and at most three steps", () => {
    const steps = Array.from({ length: 6 }, (_, i) => ({ order: i + 1, action: `Step ${i + 1}`, who: "employer" }));
    const deadlines = [
      { label: "Past", date: "2026-01-10" },
      { label: "Later", date: "2027-05-01" },
      { label: "Next", date: "2027-02-15", rule: "30 days before the start" },
    ];
    const dated = summaryCard({ ...summary, steps, deadlines }, SUMMARY_URL, new Date("2026-11-28"));
    const lines = dated.body.map((block) => block.text);
    expect(lines).toContain("Next: 15 February 2027");
    expect(lines).toContain("30 days before the start");
    expect(lines.filter((text) => typeof text === "string" && /^\d\. Step/.test(text))).toEqual([
      "1. Step 1 (employer)",
      "2. Step 2 (employer)",
      "3. Step 3 (employer)",
    ]);
    expect(cardProblems(dated)).toEqual([]);
  });

  it("uses French headings for a French summary, and shows the funder when no OPCO applies", () => {
    const fr = summaryCard({ ...summary, lang: "fr", opco: null, funder: "France Travail" }, SUMMARY_URL);
    const frTexts = fr.body.map((block) => block.text);
    expect(frTexts).toContain("Votre plan de financement");
    expect(frTexts).toContain("Financeur");
    expect(frTexts).toContain("France Travail");
    expect(frTexts).toContain("Prochaines étapes");
    expect(frTexts).not.toContain("OPCO");
    expect(fr.actions?.[0]).toMatchObject({ title: "Ouvrir le plan complet" });
  });
});

describe("quickReplyCard", () => {
  const replies = (n: number) => Array.from({ length: n }, (_, i) => ({ label: `Answer ${i}`, value: `v${i}` }));

  it("keeps up to five buttons as they are", () => {
    for (const n of [1, 5]) {
      const card = quickReplyCard(replies(n), "en");
      expect(card.actions).toHaveLength(n);
      expect(cardProblems(card)).toEqual([]);
    }
  });

  it("beyond five, shows the three most likely and folds the others under 'More choices…', within the schema's limits", () => {
    for (const n of [6, 8, 13]) {
      const card = quickReplyCard(replies(n), "fr");
      expect(cardProblems(card)).toEqual([]);
      const actions = card.actions as { type: string; title: string; card?: { body: { actions?: unknown[] }[] } }[];
      expect(actions.map((a) => a.title)).toEqual(["Answer 0", "Answer 1", "Answer 2", "Plus de choix…"]);
      const sets = actions[3]?.card?.body.filter((block) => block.actions) ?? [];
      expect(sets.flatMap((set) => set.actions)).toHaveLength(n - 3);
      for (const set of sets) expect(set.actions?.length).toBeLessThanOrEqual(MAX_CARD_ACTIONS);
    }
  });

  it("the card of the welcome (six roles) is one the validator accepted only once folded", () => {
    const roles = welcomeReply("fr").quickReplies;
    expect(roles.length).toBeGreaterThan(MAX_CARD_ACTIONS);
    const flat = {
      ...quickReplyCard(roles, "fr"),
      actions: roles.map((r) => ({ type: "Action.Submit", title: r.label })),
    };
    expect(cardProblems(flat)).toEqual(["Maximum number of actions exceeded (5)."]);
    expect(cardProblems(quickReplyCard(roles, "fr"))).toEqual([]);
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
    reply: {
      text: `Here is your plan.\n\n${summary.text}`,
      citations: [],
      quickReplies: [{ label: "Start again", value: "restart" }],
    },
    profile: summary.profile,
    toolCalls: [],
    summary,
  });

  it("shows the plan once: the card, not the plan's text too; in a channel, a card of quick-reply buttons", () => {
    const message = renderResponse(response, { summaryUrl: SUMMARY_URL, personal: false });
    expect(message.text).toBe("Here is your plan.");
    expect(message.attachments?.map((a) => a.content.body[0]?.text)).toEqual([
      "Your funding plan",
      "Choose an answer:",
    ]);
    expect(message.attachments?.[1]?.content.actions).toEqual([
      { type: "Action.Submit", title: "Start again", data: { action: "quickReply", value: "restart" } },
    ]);
    expect(message.suggestedActions).toBeUndefined();
    for (const attachment of message.attachments ?? []) expect(cardProblems(attachment.content)).toEqual([]);
  });

  it("after a change to a plan already shown, answers briefly with a link to the updated plan", () => {
    const updated = {
      ...response,
      reply: { ...response.reply, text: `Noted: 60 employees.\n\nPlan updated.\n\n${summary.text}` },
    };
    const message = renderResponse(updated, { summaryUrl: SUMMARY_URL, personal: true });
    expect(message.text).toBe(`Noted: 60 employees.\n\nPlan updated.\n\n[See the updated plan](${SUMMARY_URL})`);
    expect(message.attachments).toBeUndefined();
  });

  it("uses suggested actions in a personal chat", () => {
    const message = renderResponse(response, { summaryUrl: SUMMARY_URL, personal: true });
    expect(message.attachments).toHaveLength(1);
    expect(message.suggestedActions?.actions).toEqual([{ type: "imBack", title: "Start again", value: "restart" }]);
  });

  it("in a personal chat, suggests the three most likely answers (all Teams shows) and folds the others under 'More choices…'", () => {
    const welcome = {
      ...response,
      step: "profile" as const,
      summary: null,
      reply: welcomeReply("fr"),
      lang: "fr" as const,
    };
    const message = renderResponse(welcome, { summaryUrl: SUMMARY_URL, personal: true });
    const roles = welcomeReply("fr").quickReplies;
    expect(message.suggestedActions?.actions.map((a) => a.title)).toEqual(roles.slice(0, 3).map((r) => r.label));
    const [more] = message.attachments ?? [];
    expect(more?.content.actions?.[0]).toMatchObject({ type: "Action.ShowCard", title: "Plus de choix…" });
    expect(JSON.stringify(more?.content)).toContain(roles[5]?.label);
    expect(cardProblems(more?.content)).toEqual([]);
  });
});

describe("the centre's call-back in Teams", () => {
  const CONTACT_URL = "https://assistant.example/contact?session=teams%3Aa%3A1x&lang=fr&sig=ab12";

  it("is a valid card with one button that opens the call-back form, sent only when the centre offers it", () => {
    const card = callbackCard("fr", CONTACT_URL);
    expect(cardProblems(card)).toEqual([]);
    expect(card.actions).toEqual([{ type: "Action.OpenUrl", title: "Être rappelé", url: CONTACT_URL }]);
    const base = ChatResponseSchema.parse({
      sessionId: "teams:a:1x",
      lang: "fr",
      step: "profile",
      reply: welcomeReply("fr"),
      profile: {},
      toolCalls: [],
      summary: null,
    });
    const offered = renderResponse(
      { ...base, offerCallback: "requested" },
      { summaryUrl: SUMMARY_URL, contactUrl: CONTACT_URL, personal: true },
    );
    expect(JSON.stringify(offered.attachments)).toContain(CONTACT_URL);
    const plain = renderResponse(base, { summaryUrl: SUMMARY_URL, contactUrl: CONTACT_URL, personal: true });
    expect(JSON.stringify(plain)).not.toContain(CONTACT_URL);
  });
});
