import { foldAccents } from "../core/fold";
import { normalizeQuery } from "./normalize";

/**
 * Groups of words that mean the same thing for the knowledge base, across both languages:
 * acronyms, old names (OPCA, Pro-A, Transco) and their 2026 replacement, English names of
 * French schemes. The first variant of a group is its canonical form, the one the cards use. A variant written in capitals (OF, PTP) is an acronym that collides with an
 * ordinary word and only matches when the user writes it in capitals too.
 */
export const SYNONYM_GROUPS: readonly (readonly string[])[] = [
  ["opco", "opca", "operateur de competences", "operateurs de competences", "skills operator"],
  ["plan de developpement des competences", "pdc", "plan de formation", "skills development plan", "training plan"],
  [
    "periode de reconversion",
    "pro a",
    "proa",
    "reconversion ou promotion par alternance",
    "retraining period",
    "reconversion period",
  ],
  ["periode de reconversion", "transco", "transitions collectives", "transition collective"],
  ["apprentissage", "apprenticeship", "apprenti", "apprentice", "alternance", "work study"],
  ["cpf", "compte personnel de formation", "personal training account", "mon compte formation"],
  ["vae", "validation des acquis", "validation of prior experience", "prior learning", "recognition of experience"],
  [
    "projet de transition professionnelle",
    "PTP",
    "cpf de transition",
    "cpf transition",
    "transitions pro",
    "career transition project",
  ],
  ["poe", "poei", "poec", "preparation operationnelle a l emploi", "pre employment training"],
  ["organisme de formation", "OF", "training provider", "training centre", "training center", "centre de formation"],
  ["nda", "numero de declaration d activite", "declaration d activite", "activity declaration number"],
  ["convention collective", "idcc", "collective agreement", "collective bargaining agreement"],
  ["qualiopi", "certification qualite", "quality certification", "quality label"],
  ["bilan de competences", "skills assessment", "career assessment"],
  ["contrat de professionnalisation", "contrat pro", "professionalisation contract", "professionalization contract"],
  ["france travail", "pole emploi", "job centre", "unemployment agency"],
  // Diplomas by level, as the funding tables write them (level 5 = bac +2, levels 6-7 = bac +3 to +5).
  ["bac +2", "bts", "btsa", "dut", "deust", "bac 2"],
  ["bac +5", "master", "diplome d ingenieur", "engineering degree", "bac 5"],
  [
    "independant",
    "independants",
    "self employed",
    "freelance",
    "freelancer",
    "auto entrepreneur",
    "micro entrepreneur",
  ],
  ["demandeur d emploi", "chomeur", "chomage", "job seeker", "jobseeker", "unemployed"],
  // The job seeker's allowance: "ARE" in capitals only (in English, "are" is a verb).
  [
    "ARE",
    "allocation d aide au retour a l emploi",
    "unemployment benefit",
    "unemployment benefits",
    "allocation chomage",
  ],
  [
    "formation a distance",
    "e learning",
    "elearning",
    "foad",
    "formation en ligne",
    "distance learning",
    "online training",
    "online course",
    "remote training",
    "classe virtuelle",
    "virtual classroom",
  ],
  [
    "tpe",
    "petite entreprise",
    "petites entreprises",
    "petite boite",
    "petite structure",
    "small business",
    "small businesses",
    "small company",
    "small firm",
  ],
  [
    "reconversion",
    "changer de metier",
    "se reconvertir",
    "reconvertir",
    "career change",
    "change career",
    "change careers",
    "changing careers",
    "retrain",
    "retraining",
  ],
  ["remboursement", "rembourser", "rembourse", "refund", "refunded", "reimburse", "reimbursed", "reimbursement"],
  [
    "qui finance",
    "qui paie",
    "qui paye",
    "qui payer",
    "qui prend en charge",
    "who funds",
    "who pays",
    "who pay",
    "who will pay",
    "who covers",
  ],
];

interface Variant {
  group: number;
  pattern: RegExp;
  /** The same pattern, global: every occurrence. */
  all: RegExp;
  /** Acronyms in capitals match the raw text; everything else matches the normalised query. */
  raw: boolean;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

const VARIANTS: Variant[] = SYNONYM_GROUPS.flatMap((group, index) =>
  group.map((variant) => {
    const raw = variant !== variant.toLowerCase();
    const words = raw ? variant : normalizeQuery(variant);
    const source = `(?<![\\p{L}\\p{N}])${escapeRegExp(words).replace(/ /g, "\\s+")}(?![\\p{L}\\p{N}])`;
    return { group: index, raw, pattern: new RegExp(source, "u"), all: new RegExp(source, "gu") };
  }),
);

export interface Expansion {
  /** The normalised query followed by the canonical form of every group it mentions (when not already there). */
  text: string;
  /** Indexes in {@link SYNONYM_GROUPS} of the groups found in the query. */
  groups: number[];
}

/** Finds the synonym groups a query mentions and appends their other variants. */
export function expandQuery(query: string): Expansion {
  const normalized = normalizeQuery(query);
  const folded = foldAccents(query).replace(/[’'`-]/g, " ");
  const upper = query.normalize("NFD").replace(/[\u0300-\u036f]/g, "");
  const groups = new Set<number>();
  for (const variant of VARIANTS) {
    if (variant.pattern.test(variant.raw ? upper : normalized) || (!variant.raw && variant.pattern.test(folded)))
      groups.add(variant.group);
  }
  // Only the canonical form (first variant) is added: adding every variant would outweigh the
  // rest of the question and favour the card that defines the acronym.
  const extra = [...groups]
    .map((g) => normalizeQuery(SYNONYM_GROUPS[g]?.[0] ?? ""))
    .filter((canonical) => canonical && !` ${normalized} `.includes(` ${canonical} `));
  return { text: [normalized, ...extra].join(" ").trim(), groups: [...groups] };
}

/** A question without the synonym variants it contains (normalised): what is left is its own wording. */
export function withoutSynonyms(query: string): string {
  let rest = normalizeQuery(query);
  for (const variant of VARIANTS) if (!variant.raw) rest = rest.replace(variant.all, " ");
  return rest.replace(/\s+/g, " ").trim();
}
