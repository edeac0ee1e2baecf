import { describe, expect, it } from "vitest";
import { planCardMarkdown, saveFormat } from "../../scripts/chat/plan";
import { renderTerminal, wantsColor } from "../../scripts/chat/render";
import { planCard } from "../../src/channels/plan-card";
import { NextStepsSummarySchema } from "../../src/core/summary";

// biome-ignore lint/suspicious/noControlCharactersInRegex: ANSI escape sequences are what is stripped
const plain = (text: string) => text.replace(/\x1b\[\d+m/g, "");

describe("renderTerminal", () => {
  it("renders bold, italic and headings with ANSI styles, never the Markdown marks", () => {
    const out = renderTerminal("## Votre plan\n\nPour commencer, **qui êtes-vous ?** _Vous_", { color: true });
    expect(out).toBe(
      "\x1b[4m\x1b[1mVotre plan\x1b[22m\x1b[24m\n\nPour commencer, \x1b[1mqui êtes-vous ?\x1b[22m \x1b[3mVous\x1b[23m",
    );
    expect(renderTerminal("### Étapes\n\n**a** _b_", { color: false })).toBe("Étapes\n\na b");
  });

  it("writes a link as its text followed by its URL (an autolink as its URL)", () => {
    const out = renderTerminal(
      "Voir [le site de l'OPCO](https://www.opco-atlas.fr) ou <https://www.service-public.fr/x>",
      {
        color: false,
        width: 120,
      },
    );
    expect(out).toBe("Voir le site de l'OPCO (https://www.opco-atlas.fr) ou https://www.service-public.fr/x");
    expect(renderTerminal("[t](https://x.fr)", { color: true })).toBe("t (\x1b[4mhttps://x.fr\x1b[24m)");
  });

  it("wraps paragraphs and list items to the width, with a hanging indent under each bullet", () => {
    const long = "Toute entreprise, quelle que soit sa taille, peut embaucher un apprenti : son OPCO paie le CFA.";
    const out = renderTerminal(`${long} ${long}\n\n- **Contrat d'apprentissage** (oui) : ${long}\n\n1. ${long}`, {
      width: 40,
      color: true,
    });
    for (const line of plain(out).split("\n")) expect(line.length).toBeLessThanOrEqual(40);
    const lines = plain(out).split("\n");
    const bullet = lines.findIndex((line) => line.startsWith("  • Contrat d'apprentissage"));
    expect(bullet).toBeGreaterThan(0);
    expect(lines[bullet + 1]).toMatch(/^ {4}\S/);
    const numbered = lines.findIndex((line) => line.startsWith("  1. Toute"));
    expect(lines[numbered + 1]).toMatch(/^ {5}\S/);
  });

  it("keeps a long URL whole rather than cutting it", () => {
    const url = `https://travail-emploi.gouv.fr/${"a".repeat(60)}`;
    expect(renderTerminal(`Source : <${url}>`, { width: 30, color: false })).toContain(url);
  });

  it("shows escaped Markdown characters and entities as text", () => {
    expect(renderTerminal("12 \\* 3, Data\\_Conseil \\<script> &amp; co", { color: false })).toBe(
      "12 * 3, Data_Conseil <script> & co",
    );
  });

  it("uses colour only on a terminal without NO_COLOR", () => {
    expect(wantsColor({ isTTY: true }, {})).toBe(true);
    expect(wantsColor({ isTTY: false }, {})).toBe(false);
    expect(wantsColor({ isTTY: true }, { NO_COLOR: "1" })).toBe(false);
  });
});

describe("the plan in the terminal", () => {
  const summary = NextStepsSummarySchema.parse({
    lang: "fr",
    profile: { role: "employer" },
    opco: { id: "atlas", name: "Atlas", confidence: "certain", basis: "IDCC 1486" },
    routes: [
      { scheme: "plan-developpement-competences", eligible: "yes", why: "moins de 50 salariés", funder: "Atlas" },
      { scheme: "cpf", eligible: "no", why: "non", funder: "CDC" },
    ],
    documents: [],
    steps: [1, 2, 3, 4].map((order) => ({ order, action: `Étape ${order}`, who: "Employeur" })),
    deadlines: [{ label: "Demande", date: "2027-03-01", rule: "avant le début" }],
    unknowns: [],
    citations: [],
    text: "## Votre plan de financement",
  });

  it("is a short card: the OPCO, the open routes, the next three steps and the next deadline", () => {
    const out = renderTerminal(planCardMarkdown(planCard(summary, new Date("2026-11-28"))), { color: false });
    expect(out).toContain("Votre plan de financement");
    expect(out).toContain("Votre OPCO : Atlas (certain)");
    expect(out).toContain("• Plan de développement des compétences : oui");
    expect(out).not.toContain("CPF");
    expect(out).toContain("3. Étape 3");
    expect(out).not.toContain("Étape 4");
    expect(out).toContain("Prochaine échéance : Demande — 1 mars 2027 (avant le début)");
  });

  it("is saved as HTML for a .html file and as Markdown otherwise", () => {
    expect(saveFormat("plan.html")).toBe("html");
    expect(saveFormat("PLAN.HTM")).toBe("html");
    expect(saveFormat("plan.md")).toBe("md");
    expect(saveFormat("plan")).toBe("md");
  });
});
