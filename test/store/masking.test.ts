import { describe, expect, it } from "vitest";
import type { TurnHandler } from "../../src/dialogue/turn";
import { createMemoryStore } from "../../src/store/memory";
import { testRuntime } from "../helpers";

const IBAN = "FR76 3000 6000 0112 3456 7890 189";
const EMAIL = "camille.durand@example.fr";
const PHONE = "06 12 34 56 78";
const NIR = "2 84 12 2A 123 456 47";

describe("personal data before storage", () => {
  it("keeps the history of a real conversation with e-mail, phone, IBAN and NIR masked", async () => {
    const store = createMemoryStore({ handler: testRuntime().handler });
    const sessionId = "masking-session-1";
    for (const message of [
      "Bonjour, je suis employeur",
      `une boulangerie, écrivez-moi à ${EMAIL} ou au ${PHONE}`,
      `Qu'est-ce que le CPF ? mon IBAN est ${IBAN} et ma sécu ${NIR}`,
    ]) {
      await store.runTurn({ sessionId, message });
    }
    const saved = JSON.stringify(await store.load(sessionId));
    for (const value of [IBAN, EMAIL, PHONE, NIR]) expect(saved).not.toContain(value);
    expect(saved).toContain("écrivez-moi à [email] ou au [phone]");
    expect(saved).toContain("mon IBAN est [iban] et ma sécu [nir]");
    // What the plan needs stays.
    expect(saved).toContain('"description":"boulangerie"');
  });

  it("masks the profile's free text and the tool inputs a turn echoes, and keeps identifiers", async () => {
    // A handler that echoes the user's words where a careless one would: the profile and a tool input.
    const echo: TurnHandler = async (previous, turn) => {
      const real = await testRuntime().handler(previous, turn);
      return {
        state: {
          ...real.state,
          profile: { ...real.state.profile, company: { description: turn.message, siret: "73282932000074" } },
        },
        response: {
          ...real.response,
          toolCalls: [
            { name: "searchKnowledge", input: { question: turn.message, limit: 3 }, output: { results: [] } },
          ],
        },
      };
    };
    const store = createMemoryStore({ handler: echo });
    const response = await store.runTurn({ sessionId: "masking-session-2", message: `contact ${EMAIL}, IBAN ${IBAN}` });
    expect(response.toolCalls[0]?.input).toEqual({ question: "contact [email], IBAN [iban]", limit: 3 });
    const saved = await store.load("masking-session-2");
    expect(saved?.session.state.profile.company).toEqual({
      description: "contact [email], IBAN [iban]",
      siret: "73282932000074",
    });
  });
});
