import { type Bilingual, listed } from "../../core/lang";
import { nafAncestors } from "../naf-codes";
import type { Faf, PublicKind } from "./kinds";
import { normalizeText } from "./words";

/** A funder that is not an OPCO, with the people it serves. */
export interface Alternative {
  funders: string[];
  explanation: Bilingual;
}

/** The training fund (FAF) of a self-employed person, chosen from the NAF code when known. */
const FAFS = {
  VIVEA: { fr: "VIVEA pour les chefs d'exploitation agricole", en: "VIVEA for farm operators" },
  "FAF-PM": { fr: "le FAF-PM pour les médecins libéraux", en: "FAF-PM for self-employed doctors" },
  FIFPL: { fr: "le FIFPL pour les professions libérales", en: "FIFPL for the liberal professions" },
  FAFCEA: { fr: "le FAFCEA pour les artisans", en: "FAFCEA for craftspeople" },
  AGEFICE: {
    fr: "l'AGEFICE pour les commerçants et dirigeants non salariés",
    en: "AGEFICE for traders and non-salaried company heads",
  },
} as const satisfies Record<Faf, Bilingual>;

// NAF codes (any level) that point to one FAF; the most precise level wins.
const FAF_BY_NAF: Record<string, Faf> = {
  "01": "VIVEA",
  "02": "VIVEA",
  "03": "VIVEA",
  "86.21": "FAF-PM",
  "86.22": "FAF-PM",
  "69": "FIFPL",
  "70.22": "FIFPL",
  "71": "FIFPL",
  "74": "FIFPL",
  "75": "FIFPL",
  "86.23": "FIFPL",
  "86.9": "FIFPL",
  "85.5": "FIFPL",
  // Freelance developers and IT consultants are declared as liberal professions.
  "62.01": "FIFPL",
  "62.02": "FIFPL",
  "10.13B": "FAFCEA",
  "10.71B": "FAFCEA",
  "10.71C": "FAFCEA",
  "10.71D": "FAFCEA",
  "43": "FAFCEA",
  "47.22": "FAFCEA",
  // Taxi drivers who own their licence are craftspeople (chambre des métiers).
  "49.32": "FAFCEA",
  "45.20": "FAFCEA",
  "95": "FAFCEA",
  "96.02": "FAFCEA",
};

// Words of an activity description (accents removed, lower case) that point to one FAF; checked in this order.
const FAF_BY_WORDS: [Faf, RegExp][] = [
  ["FAF-PM", / (medecin|docteur|doctor|physician|generaliste|gp) /],
  [
    "VIVEA",
    / (agricole|agriculteur|agricultrice|agriculture|exploitant|exploitation|farmer|farm|viticulteur|eleveur|maraicher|horticulteur) /,
  ],
  [
    "FAFCEA",
    / (artisan|artisans|artisanat|craftsperson|craftsman|crafts|plombier|electricien|menuisier|macon|coiffeur|coiffeuse|boulanger|boucher|chambre des metiers) /,
  ],
  [
    "FIFPL",
    / (liberal|liberale|liberales|consultant|consultante|avocat|lawyer|architecte|architect|kinesitherapeute|infirmier|infirmiere|psychologue|graphiste|designer|developpeur|developer|coach|formateur|formatrice|freelance) /,
  ],
  [
    "AGEFICE",
    / (commercant|commercante|commerce|trader|shopkeeper|dirigeant|gerant|gerante|e-commerce|boutique|company head) /,
  ],
];

/** The FAF an activity description points to, when its words are clear enough. */
export function fafForActivity(activity: string | undefined): Faf | null {
  if (!activity) return null;
  const words = normalizeText(activity);
  return FAF_BY_WORDS.find(([, pattern]) => pattern.test(words))?.[0] ?? null;
}

/** The FAF of a NAF code (its most precise listed level); AGEFICE, the traders' fund, by default. */
export function fafFor(naf: string | undefined): Faf | null {
  if (!naf) return null;
  for (const code of nafAncestors(naf)) {
    const faf = FAF_BY_NAF[code];
    if (faf) return faf;
  }
  return "AGEFICE";
}

const list = (lang: "fr" | "en", fafs: readonly Faf[]) =>
  listed(
    fafs.map((f) => FAFS[f][lang]),
    lang,
  );

/** The self-employed's FAF: from the NAF code when known, else from the activity's description, else the list. */
export function selfEmployed(naf?: string, activity?: string): Alternative {
  return fafAlternative(fafFor(naf) ?? fafForActivity(activity));
}

/** Who funds a self-employed person: one FAF when the activity tells it, else the list of all five. */
export function fafAlternative(faf: Faf | null): Alternative {
  const all = Object.keys(FAFS) as Faf[];
  if (!faf) {
    return {
      funders: all,
      explanation: {
        fr: `Un travailleur indépendant ne relève pas d'un OPCO : sa contribution à la formation (CFP) finance un fonds d'assurance formation (FAF) selon son activité : ${list("fr", all)}. Un conjoint collaborateur suit le même fonds.`,
        en: `A self-employed person has no OPCO: their training contribution (CFP) goes to a training insurance fund (FAF) chosen by activity: ${list("en", all)}.`,
      },
    };
  }
  return {
    funders: [faf],
    explanation: {
      fr: `Un travailleur indépendant ne relève pas d'un OPCO mais d'un fonds d'assurance formation (FAF). Pour cette activité, c'est probablement ${FAFS[faf].fr} ; l'attestation de contribution (CFP) de l'URSSAF le confirme.`,
      en: `A self-employed person has no OPCO but a training insurance fund (FAF). For this activity it is probably ${FAFS[faf].en}; the CFP contribution certificate from URSSAF confirms it.`,
    },
  };
}

export const PUBLIC_AGENT: Alternative = {
  funders: ["CNFPT", "ANFH", "administration employeuse"],
  explanation: {
    fr: "Les agents publics ne relèvent pas d'un OPCO : la fonction publique territoriale forme ses agents avec le CNFPT, la fonction publique hospitalière avec l'ANFH, et l'État par chaque administration (service formation ou RH). Les contractuels de droit privé d'un employeur public peuvent relever d'un OPCO.",
    en: "Public agents have no OPCO: local government staff train through the CNFPT, public hospital staff through the ANFH, and State employees through their own administration (training or HR department). Private-law staff of a public employer may have an OPCO.",
  },
};

export const PUBLIC_HOSPITAL: Alternative = {
  funders: ["ANFH"],
  explanation: {
    fr: "Si l'établissement est public (hôpital public, EHPAD public), ses agents ne relèvent pas d'un OPCO mais de l'ANFH ; l'OPCO indiqué vaut pour les établissements privés.",
    en: "If the establishment is public (public hospital or care home), its staff have no OPCO but the ANFH; the OPCO shown applies to private establishments.",
  },
};

export const EXTRATERRITORIAL: Alternative = {
  funders: ["organisation employeuse"],
  explanation: {
    fr: "Les organisations internationales et ambassades appliquent leurs propres règles : aucun OPCO français ne finance leurs salariés ; voir le service du personnel.",
    en: "International organisations and embassies have their own rules: no French OPCO funds their staff; ask the personnel department.",
  },
};

export const JOB_SEEKER: Alternative = {
  funders: ["France Travail", "Région", "CPF"],
  explanation: {
    fr: "Un demandeur d'emploi ne relève pas d'un OPCO : France Travail (aide individuelle à la formation, formations achetées avec la Région) et le CPF financent la formation. Pour une préparation opérationnelle à l'emploi (POE) avant une embauche, c'est l'OPCO de l'entreprise qui recrute qui intervient avec France Travail.",
    en: "A job seeker has no OPCO: France Travail (individual training aid, training bought with the Region) and the CPF fund the training. For a pre-hiring training (POE), the OPCO of the hiring company funds it with France Travail.",
  },
};

export const INTERMITTENT: Alternative = {
  funders: ["AFDAS"],
  explanation: {
    fr: "Les intermittents du spectacle se forment avec l'AFDAS, qui gère des fonds dédiés : la demande se fait à l'AFDAS directement, sous conditions d'activité.",
    en: "Performing-arts freelancers (intermittents) train with AFDAS, which manages dedicated funds: apply to AFDAS directly, subject to activity conditions.",
  },
};

export const ARTIST_AUTHOR: Alternative = {
  funders: ["AFDAS"],
  explanation: {
    fr: "Les artistes-auteurs ne dépendent pas d'un employeur : leur contribution finance un fonds de formation géré par l'AFDAS, auquel ils s'adressent directement.",
    en: "Artist-authors have no employer: their contribution funds a training fund managed by AFDAS, which they apply to directly.",
  },
};

const PUBLIC_SERVICES: [Alternative, RegExp][] = [
  [
    {
      funders: ["ANFH"],
      explanation: {
        fr: "Les agents de la fonction publique hospitalière ne relèvent pas d'un OPCO : leur formation est financée par l'ANFH, à laquelle l'établissement cotise ; la demande passe par le service formation de l'établissement.",
        en: "Public hospital staff have no OPCO: their training is funded by the ANFH, to which the hospital contributes; requests go through the hospital's training department.",
      },
    },
    / (hospitaliere|hospitalier|hopital|hospital|chu|ehpad) /,
  ],
  [
    {
      funders: ["CNFPT"],
      explanation: {
        fr: "Les agents de la fonction publique territoriale ne relèvent pas d'un OPCO : le CNFPT finance et organise leur formation, à laquelle la collectivité cotise ; la demande passe par le service RH de la collectivité.",
        en: "Local government staff have no OPCO: the CNFPT funds and runs their training, to which the authority contributes; requests go through the authority's HR department.",
      },
    },
    / (territoriale|territorial|collectivite|mairie|commune|departement|region|local government|local authority|council) /,
  ],
  [
    {
      funders: ["administration employeuse"],
      explanation: {
        fr: "Les agents de la fonction publique d'État ne relèvent pas d'un OPCO : chaque administration finance la formation de ses agents ; la demande passe par son service formation ou RH.",
        en: "State civil servants have no OPCO: each administration funds its staff's training; requests go through its training or HR department.",
      },
    },
    / (etat|state|ministere|ministry|prefecture|education nationale) /,
  ],
];

const [HOSPITAL_AGENTS, LOCAL_AGENTS, STATE_AGENTS] = PUBLIC_SERVICES.map(([alternative]) => alternative) as [
  Alternative,
  Alternative,
  Alternative,
];

/** A public agent's funder: from the public service named in `activity` when clear, else all three. */
export function publicAgent(activity?: string): Alternative {
  if (!activity) return PUBLIC_AGENT;
  const words = normalizeText(activity);
  return PUBLIC_SERVICES.find(([, pattern]) => pattern.test(words))?.[0] ?? PUBLIC_AGENT;
}

/** The funder of the agents of a public employer, by its kind. */
export function publicEmployer(kind: PublicKind): Alternative {
  switch (kind) {
    case "public_hospital":
      return HOSPITAL_AGENTS;
    case "local_government":
      return LOCAL_AGENTS;
    case "state":
      return STATE_AGENTS;
    case "extraterritorial":
      return EXTRATERRITORIAL;
    default:
      return PUBLIC_AGENT;
  }
}

/** The caveat of an activity whose employer may be public: the OPCO shown holds for private employers. */
export function alternativeForPublic(kind: PublicKind): Alternative {
  return kind === "public_hospital"
    ? PUBLIC_HOSPITAL
    : kind === "extraterritorial"
      ? EXTRATERRITORIAL
      : kind === "public_agent"
        ? PUBLIC_AGENT
        : publicEmployer(kind);
}
