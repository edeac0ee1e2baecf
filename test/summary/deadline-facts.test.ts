import { describe, expect, it } from "vitest";
import { DEADLINES } from "../../src/summary/copy";
import { DEADLINE_RULES } from "../../src/summary/deadlines";
import { WHY } from "../../src/tools/funding-routes/copy";

/**
 * A deadline is computed from a number (`DEADLINE_RULES`) and said in words (`DEADLINES`, and the
 * funding routes' reasons, `WHY`): the three must tell the same number, or a user reads one date
 * and another rule.
 */

/** Numbers of days a text gives as a deadline ("within 30 days"), not a period ("after the first 45 days"). */
const numbersIn = (text: string) =>
  [...text.matchAll(/(?<!first |premiers )\b(\d+)\s*(?:premiers\s+)?(?:jours|days|working days)/g)]
    .filter((m) => !/premiers/.test(m[0]))
    .map((m) => Number(m[1]));

describe("deadlines say in words the number they are computed from", () => {
  for (const [scheme, rules] of Object.entries(DEADLINE_RULES)) {
    for (const { copy, timing } of rules) {
      const days =
        timing.kind === "by" ? [Math.abs(timing.days)] : timing.kind === "window" ? [-timing.from, -timing.to] : [];
      if (!days.length) continue;
      it(`${scheme}: ${copy} says ${days.join(" and ")} days in both languages`, () => {
        for (const lang of ["fr", "en"] as const) {
          for (const n of days) expect(DEADLINES[copy].rule[lang]).toMatch(new RegExp(`\\b${n}\\b`));
        }
      });
    }
  }
});

/** The reasons of each scheme's routes, and the deadline rules of its plan. */
const SCHEMES = {
  apprenticeship: "contrat-apprentissage",
  professionalisation: "contrat-professionnalisation",
  reconversion: "periode-reconversion",
  cpf: "cpf",
  ptp: "projet-transition-professionnelle",
  vae: "vae",
} as const satisfies Partial<Record<keyof typeof WHY, keyof typeof DEADLINE_RULES>>;

describe("the funding routes' reasons give the deadlines the plan computes", () => {
  for (const [why, scheme] of Object.entries(SCHEMES)) {
    it(`${why}: every number of days a reason gives is one of the ${scheme} plan's`, () => {
      const said = DEADLINE_RULES[scheme].flatMap(({ copy }) =>
        numbersIn(DEADLINES[copy].rule.fr + DEADLINES[copy].rule.en),
      );
      const reasons = Object.values(WHY[why as keyof typeof SCHEMES] as Record<string, { fr: string; en: string }>);
      for (const reason of reasons)
        for (const n of numbersIn(`${reason.fr} ${reason.en}`))
          expect(said, `${n} days in "${reason.fr}"`).toContain(n);
    });
  }
});
