import opcos from "../../knowledge/data/opcos.json";
import { fold } from "../../src/understanding/text";
import type { UnderstandingItem } from "../datasets";

/** How a reply fared against what the corpus's author expected. */
export type Verdict = "right" | "wrong" | "refused";

export interface Judged {
  verdict: Verdict;
  /** Why it is not right, one line per check. */
  problems: string[];
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Each OPCO id -> a pattern of its names and aliases, as a reply may write them. */
const OPCO_NAMES = new Map(
  opcos.map((opco) => [
    opco.id,
    new RegExp(
      [opco.name, ...opco.aliases, opco.id.replace(/-/g, " ")]
        .map((name) => escapeRegExp(fold(name)).replace(/\\?[ -]/g, "[ -]?"))
        .join("|"),
    ),
  ]),
);

/** Funders named where no OPCO applies, as a reply may write them. */
const FUNDERS: Record<string, RegExp> = {
  faf: /\bfaf\b|agefice|fif ?pl|fafcea|vivea|faf-? ?pm/,
  agefice: /agefice/,
  fifpl: /fif ?-?pl/,
  fafcea: /fafcea/,
  vivea: /vivea/,
  "faf-pm": /faf-? ?pm/,
  "france travail": /france travail|pole emploi/,
  cnfpt: /cnfpt/,
  anfh: /anfh/,
  "transitions pro": /transitions? pro/,
  "caisse des depots": /caisse des depots|mon compte formation/,
};

const matches = (pattern: string, text: string, folded: string) => {
  try {
    const re = new RegExp(pattern, "i");
    return re.test(text) || re.test(folded) || new RegExp(fold(pattern), "i").test(folded);
  } catch {
    return false;
  }
};

/**
 * Judges one reply to a question of the corpus. A refusal (no card answers for sure, off topic)
 * is right only where the author expected one. Otherwise the reply must name the expected OPCO or
 * funder, contain every expected fact, and rest on one of the expected cards: the first card it
 * cites, or any card it cites when a tool's answer led it and named what was expected.
 */
export function judgeReply(
  item: UnderstandingItem,
  reply: { text: string; citedIds: readonly string[]; answered: boolean; toolLed: boolean },
): Judged {
  const expect = item.expect ?? {};
  const folded = fold(reply.text);
  if (expect.refuse) {
    const named = expect.opco ? OPCO_NAMES.get(expect.opco)?.test(folded) : false;
    return !reply.answered || named
      ? { verdict: "right", problems: [] }
      : { verdict: "wrong", problems: ["answered where a refusal was expected"] };
  }
  if (!reply.answered) return { verdict: "refused", problems: ["refused a question the corpus answers"] };
  const problems: string[] = [];
  if (expect.opco && !OPCO_NAMES.get(expect.opco)?.test(folded)) problems.push(`OPCO ${expect.opco} not named`);
  if (expect.funder) {
    const key = fold(expect.funder).replace(/\s+/g, " ");
    const pattern = FUNDERS[key] ?? new RegExp(escapeRegExp(key));
    if (!pattern.test(folded)) problems.push(`funder ${expect.funder} not named`);
  }
  for (const fact of item.facts ?? []) if (!matches(fact, reply.text, folded)) problems.push(`fact /${fact}/ missing`);
  const cards = expect.cards ?? [];
  if (cards.length) {
    const ids = [...new Set(reply.citedIds)];
    const ledByTool = reply.toolLed && (expect.opco || expect.funder) && problems.length === 0;
    const onCard = ledByTool ? ids.some((id) => cards.includes(id)) || ids.length === 0 : cards.includes(ids[0] ?? "");
    if (!onCard) problems.push(`answered from ${ids[0] ?? "no card"}, expected ${cards.join(" | ")}`);
  }
  return { verdict: problems.length ? "wrong" : "right", problems };
}
