import type { Role } from "../../core/ids";
import {
  type Document,
  type DocumentCatalogue,
  type ListDocumentsInput,
  ListDocumentsInputSchema,
  type ListDocumentsOutput,
  type Party,
  type Trainee,
} from "./schema";

/** The party a role acts as: every kind of trainee is the learner. */
export const partyOf = (role: Role): Party => (role === "employer" || role === "provider" ? role : "learner");

/** The kind of person trained, seen from a role: an employer trains employees; a provider may train anyone. */
const traineeOf = (role: Role): Trainee | undefined =>
  role === "provider" ? undefined : role === "employer" ? "employee" : role;

/**
 * The documents of one funding scheme, before and/or after the training, each with who provides it,
 * who must receive or keep it, and its official source. With `role`, only what concerns that role
 * and exists for the kind of person it trains.
 */
export function listDocuments(input: ListDocumentsInput, catalogue: DocumentCatalogue): ListDocumentsOutput {
  const { scheme, phase, role, lang } = ListDocumentsInputSchema.parse(input);
  const party = role ? partyOf(role) : undefined;
  const stored = catalogue.schemes[scheme] ?? [];
  const documents: Document[] = stored
    .filter((doc) => phase === "all" || doc.phase === phase)
    .filter((doc) => !party || doc.who === party || doc.for.includes(party))
    .filter((doc) => {
      const trainee = role ? traineeOf(role) : undefined;
      return !trainee || !doc.trainees || doc.trainees.includes(trainee);
    })
    .sort((a, b) => (a.phase === b.phase ? 0 : a.phase === "before" ? -1 : 1))
    .map((doc) => ({
      id: doc.id,
      label: doc.label[lang],
      phase: doc.phase,
      who: doc.who,
      whoLabel: catalogue.parties[doc.who]?.[lang] ?? doc.who,
      for: doc.for,
      required: doc.required,
      ...(doc.note ? { note: doc.note[lang] } : {}),
      source: doc.source,
    }));
  return { scheme, lang, phase, ...(role ? { role } : {}), documents, checked: catalogue.checked };
}
