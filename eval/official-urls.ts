import opcos from "../knowledge/data/opcos.json";

/** Hosts whose pages count as official sources: the State (gouv.fr), public bodies and the 11 OPCOs. */
const OFFICIAL_SUFFIXES = [
  "gouv.fr",
  "service-public.fr",
  "francecompetences.fr",
  "urssaf.fr",
  "francetravail.fr",
  "cnfpt.fr",
  // Public agencies and regional public information bodies (Carif-Oref).
  "agencedpc.fr",
  "agefiph.fr",
  "cap-metiers.pro",
  // The funds of the self-employed (FAF), funders like the OPCOs.
  "agefice.fr",
  "communication-agefice.fr",
  "fifpl.fr",
  "fafcea.com",
  "vivea.fr",
  "fafpm.org",
  ...opcos.map((opco) => new URL(opco.website).hostname.replace(/^www\./, "")),
];

/** An https URL on an official host (the host itself or one of its subdomains). */
export function isOfficialUrl(raw: string): boolean {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return false;
  }
  if (url.protocol !== "https:" || url.username || url.password) return false;
  const host = url.hostname.toLowerCase();
  return OFFICIAL_SUFFIXES.some((suffix) => host === suffix || host.endsWith(`.${suffix}`));
}

export interface CitationLike {
  id: string;
  url?: string | undefined;
}

/** What is wrong with each citation: an id the knowledge base does not have, or a URL that is not an official https page. */
export function citationProblems(citations: readonly CitationLike[], cardExists: (id: string) => boolean): string[] {
  const problems: string[] = [];
  for (const c of citations) {
    if (!cardExists(c.id)) problems.push(`unknown card id ${c.id}`);
    if (c.url !== undefined && !isOfficialUrl(c.url)) problems.push(`not an official https page: ${c.url}`);
  }
  return problems;
}

/** Citations whose id exists and whose URL, if any, is an official https page. */
export const validCitations = (citations: readonly CitationLike[], cardExists: (id: string) => boolean) =>
  citations.filter((c) => cardExists(c.id) && (c.url === undefined || isOfficialUrl(c.url))).length;
