import type { Role } from "../../core/ids";

/**
 * The user's status, from normalised text: said outright ("je suis salarié", "I'm self-employed")
 * or implied ("j'ai une boulangerie avec 8 salariés", "nous sommes un cabinet de 15 personnes",
 * "mon employeur refuse", "je suis adjoint technique à la mairie", "I manage a team of 20"). The
 * first role whose cues match wins, so the more specific statuses come first.
 */
const BUSINESS =
  "(?:entreprise|societe|boite|pme|tpe|startup|start-up|sarl|sas|sasu|eurl|association|asso|cabinet|agence|boulangerie|restaurant|resto|bar|hotel|garage|salon|commerce|magasin|boutique|usine|atelier|ferme|exploitation|clinique|pharmacie|ehpad|creche|ecole|structure|bureau d'etudes|esn|snack|camping|imprimerie|franchise|concession|laboratoire|labo|officine|cooperative|transporteur|groupe|enseigne|company|business|firm|agency|shop|store|bakery|factory|practice|studio|cafe|charity|nonprofit|team|startup)";

/** Words for the people a business employs, as an employer speaks of them. */
const STAFF =
  "(?:salarie|salaries|salariee|salariees|employe|employes|employee|employees|gars|equipes?|collaborat(?:eur|rice)s?|vendeu(?:r|se)s?|apprentis?|alternants?|techniciens?|ouvriers?|staff|team|workers|cuisiniers?|serveu(?:r|se)s?|chauffeurs?|chefs? d'equipe|chefs? de (?:rang|partie|cuisine|chantier)|poseurs?|magasiniers?|caristes?|commerciaux|commercial(?:e)?s?|agents?|infirmier(?:e)?s?|aides?-soignant(?:e)?s?|secretaires?|comptables?|assistant(?:e)?s?|managers?|cadres?|operateurs?|preparat(?:eur|rice)s?|coiffeu(?:r|se)s?|stagiaires?|designers|developers|developpeu(?:r|se)s?|ingenieur(?:e)?s?|sales reps|drivers|engineers|nurses|people|recrues?)";

/** Words of the public service, as its agents say where they work. */
const PUBLIC_PLACE =
  "(?:mairie|commune|collectivite|conseil (?:departemental|regional|general)|departement|region|prefecture|intercommunalite|communaute de communes|metropole|chu\\b|centre hospitalier|hopital public|ehpad public|education nationale|college|lycee|ecole (?:maternelle|primaire|publique)|ministere|administration|fonction publique|town hall|city council|local authority|public hospital|ministry|state school)";

const CUES: [Role, RegExp[]][] = [
  [
    "provider",
    [
      /^(?:un |une |nous sommes un |je suis un )?(?:organisme de formation|centre de formation|training provider|training centre|training center)\b/,
      /\b(?:notre|mon|un|en tant qu'|je suis (?:un |une )?|nous sommes (?:un |une )?)(?:organisme de formation|centre de formation|of\b|cfa\b)/,
      /\b(?:dans|d') ?(?:un |une |l')?(?:organisme de formation|centre de formation|of\b|cfa\b)/,
      /\bje suis (?:un |une )?(?:formateur|formatrice)\b|\b(?:formateur|formatrice) (?:independant|independante|freelance)\b/,
      /\b(?:nos|mes) (?:stagiaires|apprenants|clients?|apprentis cfa)\b|\b(?:un|une|mon|notre) client(?:e)? (?:est|a|veut|nous|me|demande)\b|\bon (?:leur|lui) fait (?:une|la) formation\b|\bon forme des\b|\bchez nous\b.*\bformation\b.*\b(?:particulier|client)/,
      /\b(?:we are|i am|i'm|we're|i run|we run|i work (?:at|for|in)) (?:a |an )?training (?:provider|centre|center|organi[sz]ation|company|school)|(?:our|my) training (?:centre|center|company|organi[sz]ation)|i'm a trainer|i am a trainer|our (?:trainees|learners|clients)\b/,
      // "coordinator at a CFA", "asking on behalf of a client", "pour le compte d'un client".
      /\b(?:at|in|for|from) (?:a |an |the |our )?(?:cfa|training (?:provider|centre|center|school|organi[sz]ation))\b|\bon behalf of (?:a |our |one of our )?clients?\b|\bpour le compte d'(?:un|une|nos|notre) clients?\b|\b(?:pour|for) (?:un|une|a|one of our|l'un de nos) clients?\b/,
    ],
  ],
  [
    "public_agent",
    [
      /\b(?:agent|agente) (?:public|publique|territorial|territoriale|hospitalier|hospitaliere|de l'etat|de la fonction publique|de categorie [abc])\b/,
      /\b(?:fonctionnaire|fonction publique|titulaire de la fonction|categorie [abc]\b|atsem|adjoint(?:e)? (?:administratif|administrative|technique|d'animation|territorial|territoriale)s?)/,
      new RegExp(
        `\\b(?:je travaille|je bosse|je suis|travaille|employe(?:e)?|agent(?:e)?|prof|professeur|enseignant(?:e)?|secretaire|contractuel(?:le)?|titulaire|aide-soignante|infirmiere|infirmier)\\b[^.?!]{0,40}\\b(?:a la|a l'|au|dans (?:la|une|un|le|l')|en)\\s?${PUBLIC_PLACE}`,
      ),
      /\b(?:prof|professeur|enseignant|enseignante) (?:des ecoles|de l'education nationale|titulaire|contractuel|au college|au lycee|en lycee|en college)\b/,
      /\bcivil servant\b|\bpublic (?:sector|servant|agent)(?: worker| employee)?\b|\b(?:i work|i'm|i am) (?:at|for|in) (?:a |the )?(?:town hall|city council|public hospital|local authority|ministry)\b|\bstate school teacher\b/,
    ],
  ],
  [
    "job_seeker",
    [
      // "Recruter un demandeur d'emploi": the job seeker is someone else.
      /(?<!\b(?:recruter|embaucher|prendre|accueillir|former|recrute|embauche|recrutons|embauchons) (?:un |une |des |deux |\d+ )?)\b(?:demandeu(?:r|se)s? d'emploi|au chomage|en chomage|chomeu(?:r|se)|sans emploi|sans travail|inscrit(?:e)? (?:a|chez|au) (?:france travail|pole emploi|ft\b)|inscrit(?:e)? ft\b)/,
      /\bje cherche (?:un |du )?(?:emploi|travail|boulot|job)\b|\b(?:je suis|suis) (?:licencie|licenciee|en fin de (?:contrat|droits))\b|\bfin de droits\b|\bj'ai ete licencie|\b(?:touche|je touche|percois) (?:l'are|le chomage|l'allocation)\b|\bje touche plus rien (?:de|du) (?:pole emploi|france travail|chomage)/,
      /\bjob ?seeker|\bunemployed\b|\blooking for (?:a )?(?:job|work)\b|\bout of work\b|\bbetween jobs\b|\b(?:registered|signed up) (?:with|at) (?:france travail|pole emploi)\b|\bon unemployment benefits?\b|\bi (?:got|was) (?:laid off|made redundant|let go)\b/,
    ],
  ],
  [
    "self_employed",
    [
      // "Un garage indépendant" is a business, not a self-employed person.
      new RegExp(`(?<!${BUSINESS} (?:\\w+ )?)\\bindependant(?:e)?s?\\b`),
      /\b(?:auto[- ]?entrepreneu(?:r|se)|auto[- ]?entreprise|micro[- ]?entrepreneu(?:r|se)|micro[- ]?entreprise|en micro\b|freelance|free-lance|freelancer|profession liberale|(?:en|exerce en|installe(?:e)? en) liberal|liberale?\b(?! de)|a mon compte|a mon propre compte|mon propre patron|travailleur non salarie|\btns\b|entreprise individuelle|artisan (?:seul|sans salarie))/,
      /\b(?:je suis|suis) (?:artisan|artisane|commercant|commercante|exploitant agricole|exploitante agricole|agriculteur|agricultrice|viticulteur|kine|kinesitherapeute|infirmiere liberale|infirmier liberal|medecin liberal|osteopathe|avocat|avocate|photographe|graphiste|consultant|consultante|coach|traducteur|traductrice|chauffeur vtc|taxi|coiffeuse a domicile|exploitant|exploitante)\b/,
      /\b(?:artisan|chauffeur) (?:taxi|vtc)\b|\bvtc\b/,
      /\bself-?employed\b|\bsole trader\b|\bsole proprietor\b|\bmy own business\b|\bown my (?:own )?business\b|\bwork for myself\b|\b(?:i'm|i am) (?:a )?(?:freelance|contractor|auto-?entrepreneur|micro-?entrepreneur)\b/,
    ],
  ],
  [
    "employer",
    [
      // "Mon employeur", "l'employeur me dit", "plus de patron": someone else is the employer.
      /(?<!\b(?:mon|ma|son|sa|notre|votre|leur|un|une|le|de|mes|nos|ses|vos|cet) )(?<!\bl')\b(?:employeur|employeuse|patron(?:ne)?)\b/,
      /\b(?:je dirige|nous dirigeons|dirigeant(?:e)?|gerant(?:e)?|co-?gerant(?:e)?|chef d'entreprise|cheffe d'entreprise|fondat(?:eur|rice)|drh|rrh|\brh\b|ressources humaines|responsable (?:de la )?(?:formation|rh|des ressources humaines|du personnel|administrati(?:f|ve)|d'une? (?:petite )?(?:entreprise|pme|tpe|societe|agence|boutique))|(?:charge|chargee|chef|cheffe|gestionnaire) de (?:projet )?formation|gestionnaire formation|assistant(?:e)? rh|office manager|gestionnaire (?:rh|paie|de paie))\b/,
      /\bpresident(?:e)? de (?:la |ma |notre )?(?:sas|sasu|societe|boite|startup)\b/,
      new RegExp(
        `\\b(?:j'ai|je tiens|je gere|je possede|nous avons|on a|nous tenons|on tient|je viens d'ouvrir|j'ai ouvert|j'ai cree|j'ai monte|j'ai repris|je suis (?:a la tete|proprietaire) d') (?:un |une |mon |ma |notre |deux |2 )?(?:petit(?:e)? |grand(?:e)? |jeune )?${BUSINESS}`,
      ),
      new RegExp(
        `\\b(?:nous sommes|on est|we are|we're) (?:un |une |a |an )?(?:petit(?:e)? |small |little |young |family-run |family )?${BUSINESS}`,
      ),
      /\b(?:notre|our) (?:societe|entreprise|boite|pme|tpe|startup|start-up|company|business|firm|agency|restaurant|bakery|shop|cabinet|association|asso|effectif|convention collective|opco|plan de (?:formation|developpement)|headcount)\b|\b(?:ma|mon) (?:pme|tpe|startup|start-up|sarl|sas|sasu|eurl)\b/,
      new RegExp(
        `\\b(?:mon|ma|mes|notre|nos|un de (?:mes|nos)|une de (?:mes|nos)|l'un de (?:mes|nos)) (?:meilleure? |nouvel(?:le)? |jeune )?${STAFF}\\b`,
      ),
      new RegExp(
        `\\b(?:former|faire former|inscrire|envoyer|obliger|imposer a|licencier|payer) (?:mon|ma|mes|notre|nos|un de mes|une de mes|un|une|deux|trois|\\d+) ${STAFF}\\b`,
      ),
      new RegExp(`\\bj'ai (?:un|une|deux|trois|\\d+) ${STAFF} (?:qui|reconnu|en|de|a)\\b`),
      /\b(?:recruter|embaucher|prendre) (?:un|une|des|deux|2) (?:apprenti|apprentie|apprentis|alternant|alternante|alternants|salarie|salariee|jeune)\b/,
      /\b(?:i run|we run|i own|we own|i manage|i founded|i started|i have|we have) (?:a |an |my |our )?(?:small |little |young )?(?:company|business|firm|agency|shop|store|bakery|restaurant|startup|start-up|salon|practice|studio|cafe|hotel|garage|team|staff of)\b/,
      // "My employer refused": someone else is the employer.
      /(?<!\b(?:my|our|your|his|her|their|the|an|a) )\bemployer\b|\b(?:i am|i'm|we are|we're) (?:an? )?employers?\b/,
      /\b(?:business owner|company owner|i'm the owner|i am the owner|ceo|founder|co-founder|managing director|hr manager|hr director|head of hr|hr team|hr department|people team|human resources|l&d|learning and development|training manager|office manager)\b|^hr (?:at|in|of)\b/,
      /\b(?:my|our|one of (?:my|our)) (?:\d+ |new |two |three )?(?:[a-z-]+ )?(?:employees?|staff|team members?|sales reps|receptionists|workers|guys|apprentices?|consultants|developers|devs?|engineers|drivers|nurses|sous-chef|chefs|cooks|waiters|mechanics|technicians|employee's)\b/,
      /\b(?:make|send|train|pay) (?:an|my|our) employees?\b|\ban employee wants\b/,
      /\b(?:train|upskill|send) (?:my|our) (?:staff|team|employees|employee|people|designers|developers|sales reps|workers)\b|\b(?:i|we|i'd|we'd|i'm|we're|i am|we are)(?: (?:want|would like|like|plan|planning|going|about))?(?: to)? (?:hire|hiring|take on|recruit) (?:an? )?(?:apprentice|apprentices|intern)\b|^(?:hire|hiring|take on|recruit) (?:an? )?(?:apprentice|apprentices|intern)\b/,
    ],
  ],
  [
    "employee",
    [
      /(?:^(?:salarie|salariee|employe|employee|apprenti|apprentie|alternant|alternante)\b)/,
      /\b(?:je suis|j'suis|i am|i'm|im|as an?|en tant que|etant) (?:un |une |an? )?(?:simple )?(?:salarie|salariee|employe|employee|worker|staff member|apprenti|apprentie|alternant|alternante|apprentice|intern|stagiaire|intermittent|intermittente)\b/,
      /\bje (?:travaille|bosse) (?:dans|chez|pour|en|comme)\b|\b(?:j'ai|j'ai travaille|j'ai bosse) \d+ ans (?:chez|dans|a temps)\b/,
      /\b(?:mon|ma) (?:employeur|patron|patronne|boss|chef(?! de rang| d'equipe| de chantier| de cuisine| de partie| de projet)|cheffe|manager|responsable|direction|drh|rh|n\+1)\b|\bl'employeur (?:me|m')\b|\b(?:on|ils|elle|il) m'(?:impose|oblige|refuse|propose)\b|\bma boite (?:refuse|veut|ne veut|m'oblige|me)\b/,
      /\ben (?:cdi|cdd|alternance|apprentissage|interim)\b|\bau forfait jours\b|\bmon (?:contrat|poste|salaire|entretien (?:annuel|professionnel))\b/,
      /\bi work (?:for|at|in|as)\b|(?<!\b(?:we're|we are|they're|they are|he's|she's|he is|she is|who is|who's) )\bworking (?:for|at) (?:a|an|the)\b(?! client)|\bmy (?:employer|boss|manager|company|hr)\b|\bour (?:hr|employer|boss)\b/,
      /\bje suis (?:aide-soignante|aide-soignant|aide a domicile|auxiliaire de vie|vendeuse|vendeur|secretaire|cariste|magasinier|magasiniere|caissiere|caissier|infirmiere|infirmier|cuisinier|cuisiniere|serveuse|serveur|comptable|assistante|assistant|technicien|technicienne|ouvrier|ouvriere|preparateur|preparatrice|agent de (?:securite|proprete|maitrise|service)|chauffeur|developpeur|developpeuse|ingenieur|ingenieure|commercial|commerciale|employee|manager|coiffeuse|coiffeur|educatrice|educateur)\b(?! (?:liberal|independant|a mon compte|freelance|en micro))/,
    ],
  ],
];

/** "Je suis dans une PME", "je bosse dans une boîte de 30": someone who works there, whatever else follows. */
const WORKS_IN =
  /\bje (?:suis|bosse|travaille) (?:dans|chez) (?:une?|la|le) (?:petite |grande |grosse )?(?:pme|tpe|eti|entreprise|boite|societe|startup|start-up|agence|usine)\b/;

/** "I'm a software engineer at...", "I'm a chef in a restaurant": a job held, so an employee. */
const A_JOB =
  /\b(?:i'm|i am|im|i work as) an? (?:[a-z]+ )?(?:engineer|developer|dev|chef|cook|waiter|waitress|nanny|nurse|designer|accountant|analyst|technician|mechanic|cashier|driver|teacher|receptionist|salesperson|sales rep|data scientist|project manager|product manager)\b(?! (?:and|&) (?:owner|founder))/;

/** Who speaks for the company: its head or its HR. */
const HEAD_OR_HR =
  /\b(?:gerante?|dirigeante?|je dirige|patron(?:ne)?|fondat(?:eur|rice)|president(?:e)?|drh|rrh|rh|ressources humaines|responsable (?:formation|rh|du personnel)|office manager|owner|founder|ceo|hr|run (?:a|an|my|our)|(?:i|we) (?:have|employ) \d+|j'ai \d+ salarie)\b/;

/** The user's status when the text states or implies it, else undefined. */
export function parseRole(text: string): Role | undefined {
  if ((WORKS_IN.test(text) || A_JOB.test(text)) && !HEAD_OR_HR.test(text)) return "employee";
  for (const [role, cues] of CUES) if (cues.some((cue) => cue.test(text))) return role;
  return undefined;
}
