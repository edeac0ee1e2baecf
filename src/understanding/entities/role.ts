import type { Role } from "../../core/ids";

/**
 * The user's status, from normalised text: said outright ("je suis salarié", "I'm self-employed")
 * or implied ("j'ai une boulangerie avec 8 salariés", "nous sommes un cabinet de 15 personnes",
 * "mon employeur refuse", "I manage a team of 20"). The first role whose pattern matches wins, so
 * the more specific statuses come first.
 */
const BUSINESS =
  "(?:entreprise|societe|boite|pme|tpe|startup|start-up|sarl|sas|sasu|eurl|association|asso|cabinet|agence|boulangerie|restaurant|resto|bar|hotel|garage|salon|commerce|magasin|boutique|usine|atelier|ferme|exploitation|clinique|pharmacie|ehpad|creche|ecole|entreprise de \\w+|structure|bureau d'etudes|esn|snack|camping|imprimerie|franchise|concession|laboratoire|labo|officine|company|business|firm|agency|shop|store|bakery|factory|practice|studio|startup|restaurant|cafe|hotel|salon|charity|nonprofit)";

const ROLE_PATTERNS: [Role, RegExp][] = [
  [
    "provider",
    /^(?:un |une |nous sommes un |je suis un )?(?:organisme de formation|centre de formation|training provider|training centre|training center)\b|\b(?:(?:notre|mon|un|en tant qu'|je suis (?:un |une )?|nous sommes (?:un |une )?)(?:organisme de formation|centre de formation|of\b|cfa\b)|je suis (?:un |une )?(?:formateur|formatrice)|(?:formateur|formatrice) (?:independant|independante|freelance)|nos (?:stagiaires|apprenants)|nos clients? (?:entreprises?|demande)|(?:we are|i am|i'm|we're|i run|we run) (?:a |an )?training (?:provider|centre|center|organi[sz]ation|company|school)|(?:our|my) training (?:centre|center|company|organi[sz]ation)|i'm a trainer|i am a trainer|our (?:trainees|learners))/,
  ],
  [
    "public_agent",
    /\b(?:agent (?:public|territorial|hospitalier|de l'etat|de la fonction publique)|agente (?:publique|territoriale|hospitaliere)|fonctionnaire|fonction publique|titulaire de la fonction|contractuel(?:le)? (?:de la fonction publique|dans une? (?:mairie|collectivite|hopital public|administration))|(?:je travaille|je bosse|je suis) (?:a|dans) (?:la|une) (?:mairie|collectivite|prefecture)|(?:je travaille|je bosse|je suis) (?:a|dans) (?:l'|un )hopital public|(?:prof|professeur|enseignant|enseignante) (?:des ecoles|de l'education nationale|titulaire|au college|au lycee)|education nationale|civil servant|public (?:sector|servant|agent)(?: worker| employee)?|(?:i work|i'm|i am) (?:at|for|in) (?:a |the )?(?:town hall|city council|public hospital|local authority|ministry)|state school teacher)/,
  ],
  [
    "job_seeker",
    /\b(?:demandeu(?:r|se) d'emploi|au chomage|en chomage|chomeu(?:r|se)|sans emploi|sans travail|inscrit(?:e)? (?:a|chez|au) (?:france travail|pole emploi|ft\b)|inscrit(?:e)? ft\b|je cherche (?:un |du )?(?:emploi|travail|boulot|job)|(?:je suis|suis) (?:licencie|licenciee|en fin de (?:contrat|droits))|rupture conventionnelle (?:signee|depuis)|(?:j'ai ete|ete) licencie|(?:touche|je touche|percois) (?:l'are|le chomage|l'allocation)|job ?seeker|unemployed|looking for (?:a )?(?:job|work)|out of work|between jobs|(?:registered|signed up) (?:with|at) (?:france travail|pole emploi)|on unemployment benefits?|i (?:got|was) (?:laid off|made redundant|let go))/,
  ],
  [
    "self_employed",
    /\b(?:independant(?:e)?|auto-?entrepreneu(?:r|se)|micro-?entrepreneu(?:r|se)|micro-?entreprise|freelance|free-lance|freelancer|profession liberale|(?:en|exerce en) liberal|liberale?\b(?! de)|a mon compte|a mon propre compte|mon propre patron|travailleur non salarie|\btns\b|\bei\b|entreprise individuelle|artisan (?:seul|sans salarie)|(?:je suis|suis) (?:artisan|artisane|commercant|commercante|exploitant agricole|exploitante agricole|agriculteur|agricultrice|viticulteur|kine|kinesitherapeute|infirmiere liberale|infirmier liberal|medecin liberal|osteopathe|avocat|avocate|photographe|graphiste|consultant|consultante|coach|traducteur|traductrice|chauffeur vtc|taxi|coiffeuse a domicile)|self-?employed|sole trader|sole proprietor|my own business|own my (?:own )?business|work for myself|(?:i'm|i am) (?:a )?(?:freelance|contractor|auto-?entrepreneur|micro-?entrepreneur))/,
  ],
  [
    "employer",
    new RegExp(
      [
        "\\b(?:employeur|employeuse|je dirige|nous dirigeons|dirigeant(?:e)?|gerant(?:e)?|co-?gerant(?:e)?|patron(?:ne)?|chef d'entreprise|cheffe d'entreprise|president(?:e)? de (?:la |ma |notre )?(?:sas|sasu|societe|boite|startup)|fondat(?:eur|rice)|drh|rrh|\\brh\\b|ressources humaines|responsable (?:de la )?(?:formation|rh|des ressources humaines|du personnel|administrati(?:f|ve))|charge(?:e)? (?:de )?(?:formation|rh)|assistant(?:e)? rh|office manager|gestionnaire (?:rh|paie|de paie))\\b",
        `\\b(?:j'ai|je tiens|je gere|je possede|nous avons|on a|nous tenons|on tient|je viens d'ouvrir|j'ai ouvert|j'ai cree|j'ai monte|je suis (?:a la tete|proprietaire) d') (?:un |une |mon |ma |notre |deux |2 )?(?:petit(?:e)? |grand(?:e)? |jeune )?${BUSINESS}`,
        `\\b(?:nous sommes|on est|we are|we're) (?:un |une |a |an )?(?:petit(?:e)? |small |little |young )?${BUSINESS}`,
        "\\b(?:notre|our) (?:societe|entreprise|boite|pme|tpe|startup|start-up|company|business|firm|agency|restaurant|bakery|shop|cabinet|association|asso)\\b",
        "\\b(?:ma|mon) (?:pme|tpe|startup|start-up|sarl|sas|sasu|eurl)\\b",
        "\\b(?:mon|mes|notre|nos) (?:salarie|salaries|salariee|salariees|employe|employes|employee|gars|equipes?|collaborat(?:eur|rice)s?|vendeu(?:r|se)s?|apprentis?|techniciens?|ouvriers?|staff|employees|team|workers|cuisiniers?|serveu(?:r|se)s?)\\b",
        "\\b(?:former|faire former|inscrire|envoyer) (?:mon|ma|mes|notre|nos|un de mes|une de mes|un|une|deux|trois|\\d+) (?:salarie|salaries|salariee|employe|employes|vendeu(?:r|se)|apprenti|technicien|ouvrier|cuisinier|serveu(?:r|se)|secretaire|comptable|assistant(?:e)?|gars|collaborat(?:eur|rice)s?)",
        "\\b(?:recruter|embaucher|prendre) (?:un|une|des|deux|2) (?:apprenti|apprentie|apprentis|alternant|alternante|alternants|salarie|salariee)",
        "\\b(?:i run|we run|i own|we own|i manage|i founded|i started|i have|we have) (?:a |an |my |our )?(?:small |little |young )?(?:company|business|firm|agency|shop|store|bakery|restaurant|startup|start-up|salon|practice|studio|cafe|hotel|garage|team|staff of)",
        "\\b(?:employer|business owner|company owner|ceo|founder|co-founder|managing director|hr manager|hr director|head of hr|hr team|hr department|people team|human resources|l&d|learning and development|training manager|office manager)\\b",
        "\\b(?:train|upskill|send) (?:my|our) (?:staff|team|employees|employee|people|designers|developers|sales reps|workers)",
        "\\b(?:hire|hiring|take on|recruit) (?:an? )?(?:apprentice|apprentices|intern)",
      ].join("|"),
    ),
  ],
  [
    "employee",
    /(?:^(?:salarie|salariee|employe|employee)\b|\b(?:je suis|j'suis|i am|i'm|im|as an?|en tant que|etant) (?:un |une |an? )?(?:simple )?(?:salarie|salariee|employe|employee|worker|staff member|apprenti|apprentie|alternant|alternante|apprentice|intern|stagiaire|intermittent|intermittente)\b|\bje (?:travaille|bosse) (?:dans|chez|pour|en|comme)\b|\b(?:mon|ma) (?:employeur|patron|patronne|boss|chef|cheffe|manager|boite|entreprise|societe|drh|rh)\b(?! (?:de \d|compte))|\ben (?:cdi|cdd|alternance|apprentissage|interim)\b|\bi work (?:for|at|in|as)\b|\bmy (?:employer|boss|manager|company|hr)\b|\bour (?:hr|employer|boss)\b|\bje suis (?:aide-soignante|aide-soignant|vendeuse|vendeur|secretaire|cariste|magasinier|magasiniere|caissiere|caissier|infirmiere|infirmier|cuisinier|serveuse|serveur|comptable|assistante|assistant|technicien|technicienne|ouvrier|ouvriere|preparateur|preparatrice|agent de (?:securite|proprete|maitrise)|chauffeur|developpeur|developpeuse|ingenieur|ingenieure|commercial|commerciale)\b(?! (?:liberal|independant|a mon compte|freelance)))/,
  ],
];

/** The user's status when the text states or implies it, else undefined. */
export function parseRole(text: string): Role | undefined {
  for (const [role, pattern] of ROLE_PATTERNS) if (pattern.test(text)) return role;
  return undefined;
}
