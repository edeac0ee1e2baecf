import { foldAccents, normalizeQuery } from "./normalize";

/**
 * Groups of words that mean the same thing for the knowledge base, across both languages:
 * acronyms, old names (OPCA, Pro-A, Transco) and their 2026 replacement, English names of
 * French schemes. The first variant of a group is its canonical form, the one the cards use. A variant written in capitals (OF, PTP) is an acronym that collides with an
 * ordinary word and only matches when the user writes it in capitals too.
 */
export const SYNONYM_GROUPS: readonly (readonly string[])[] = [
  ["opco", "opca", "operateur de competences", "operateurs de competences", "skills operator"],
  ["plan de developpement des competences", "pdc", "plan de formation", "skills development plan", "training plan"],
  ["periode de reconversion", "pro a", "proa", "reconversion ou promotion par alternance", "retraining period", "reconversion period"],
  ["periode de reconversion", "transco", "transitions collectives", "transition collective"],
  ["apprentissage", "apprenticeship", "apprenti", "apprentice", "alternance", "work study"],
  ["cpf", "compte personnel de formation", "personal training account", "mon compte formation"],
  ["vae", "validation des acquis", "validation of prior experience", "prior learning", "recognition of experience"],
  ["projet de transition professionnelle", "PTP", "cpf de transition", "cpf transition", "transitions pro", "career transition project"],
  ["poe", "poei", "poec", "preparation operationnelle a l emploi", "pre employment training"],
  ["organisme de formation", "OF", "training provider", "training centre", "training center", "centre de formation"],
  ["nda", "numero de declaration d activite", "declaration d activite", "activity declaration number"],
  ["idcc", "convention collective", "collective agreement", "collective bargaining agreement"],
  ["qualiopi", "certification qualite", "quality certification", "quality label"],
  ["bilan de competences", "skills assessment", "career assessment"],
  ["contrat de professionnalisation", "contrat pro", "professionalisation contract", "professionalization contract"],
  ["france travail", "pole emploi", "job centre", "unemployment agency"],
  ["independant", "independants", "self employed", "freelance", "freelancer", "auto entrepreneur", "micro entrepreneur"],
  ["demandeur d emploi", "chomeur", "chomage", "job seeker", "jobseeker", "unemployed"],
];

interface Variant {
  group: number;
  pattern: RegExp;
  /** Acronyms in capitals match the raw text; everything else matches the normalised query. */
  raw: boolean;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

const VARIANTS: Variant[] = SYNONYM_GROUPS.flatMap((group, index) =>
  group.map((variant) => {
    const raw = variant !== variant.toLowerCase();
    const words = raw ? variant : normalizeQuery(variant);
    return { group: index, raw, pattern: new RegExp(`(?<![\\p{L}\\p{N}])${escape(words).replace(/ /g, "\\s+")}(?![\\p{L}\\p{N}])`, "u") };
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
    if (variant.pattern.test(variant.raw ? upper : normalized) || (!variant.raw && variant.pattern.test(folded))) groups.add(variant.group);
  }
  // Only the canonical form (first variant) is added: adding every variant would outweigh the
  // rest of the question and favour the card that defines the acronym.
  const extra = [...groups]
    .map((g) => normalizeQuery(SYNONYM_GROUPS[g]?.[0] ?? ""))
    .filter((canonical) => canonical && !` ${normalized} `.includes(` ${canonical} `));
  return { text: [normalized, ...extra].join(" ").trim(), groups: [...groups] };
}
