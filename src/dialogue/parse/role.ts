import type { Role } from "../../core/ids";
import { fold } from "./text";

// Patterns on folded text (no accents, lower case). Order matters: the first role whose
// pattern matches wins, so the more specific statuses come first.
const ROLE_PATTERNS: [Role, RegExp][] = [
  [
    "provider",
    /\b(organisme de formation|centre de formation|cfa\b|formateur|formatrice|training (provider|centre|center|organi[sz]ation)|we (are|run) a training)/,
  ],
  [
    "public_agent",
    /\b(agent (public|territorial|hospitalier|de l'etat)|fonctionnaire|fonction publique|collectivite|mairie|civil servant|public (sector|servant|agent)|contractuel de la fonction)/,
  ],
  [
    "job_seeker",
    /\b(demandeu(r|se) d'emploi|au chomage|chomeu(r|se)|sans emploi|inscrit a (france travail|pole emploi)|cherche (un )?(emploi|travail|job)|job ?seeker|unemployed|looking for (a )?(job|work)|out of work|between jobs)/,
  ],
  [
    "self_employed",
    /\b(independant|auto-?entrepreneu(r|se)|micro-?entrepreneu(r|se)|freelance|free-lance|profession liberale|liberal|artisan\b|travailleur non salarie|\btns\b|self-?employed|sole trader|my own business|own my (own )?business|exploitant agricole)/,
  ],
  [
    "employer",
    /\b(employeur|je dirige|nous dirigeons|dirigeant|gerant|patron|chef d'entreprise|ma societe|mon entreprise|notre entreprise|\b(drh|rh)\b|ressources humaines|responsable (de la )?formation|nous (sommes|avons) \d+ salaries|employer|i run (a|an|my)|we run|my company|our company|business owner|\bhr\b|human resources|(ceo|founder|manager) of)/,
  ],
  [
    "employee",
    /(^(salarie|salariee|employe|employee)\b|\b(je suis|j'suis|i am|i'm|im|as an?|en tant que|etant)\s+(un |une |an? )?(simple )?(salarie|salariee|employe|employee|worker|staff member)\b|\bje travaille (dans|chez|pour)|\bmon employeur|\ben (cdi|cdd)\b|\bi work (for|at|in)\b|\bmy employer\b)/,
  ],
];

/** The user's status when the message states it ("je suis salarié", "I run a bakery"), else undefined. */
export function parseRole(text: string): Role | undefined {
  const folded = fold(text);
  for (const [role, pattern] of ROLE_PATTERNS) if (pattern.test(folded)) return role;
  return undefined;
}
