import { type Bilingual, listed } from "../../core/lang";
import { nafAncestors } from "../naf-codes";
import { FAF_NAMES, WHY_NOT_AN_OPCO } from "./copy";
import type { Faf, PublicKind } from "./kinds";
import { normalizeText } from "./words";

/** A funder that is not an OPCO, with the people it serves. */
export interface Alternative {
  funders: string[];
  explanation: Bilingual;
}

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
    fafs.map((f) => FAF_NAMES[f][lang]),
    lang,
  );

/** The self-employed's FAF: from the NAF code when known, else from the activity's description, else the list. */
export function selfEmployed(naf?: string, activity?: string): Alternative {
  return fafAlternative(fafFor(naf) ?? fafForActivity(activity));
}

/** Who funds a self-employed person: one FAF when the activity tells it, else the list of all five. */
export function fafAlternative(faf: Faf | null): Alternative {
  const all = Object.keys(FAF_NAMES) as Faf[];
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
      fr: `Un travailleur indépendant ne relève pas d'un OPCO mais d'un fonds d'assurance formation (FAF). Pour cette activité, c'est probablement ${FAF_NAMES[faf].fr} ; l'attestation de contribution (CFP) de l'URSSAF le confirme.`,
      en: `A self-employed person has no OPCO but a training insurance fund (FAF). For this activity it is probably ${FAF_NAMES[faf].en}; the CFP contribution certificate from URSSAF confirms it.`,
    },
  };
}

export const PUBLIC_AGENT: Alternative = {
  funders: ["CNFPT", "ANFH", "administration employeuse"],
  explanation: WHY_NOT_AN_OPCO.publicAgent,
};

export const PUBLIC_HOSPITAL: Alternative = { funders: ["ANFH"], explanation: WHY_NOT_AN_OPCO.publicHospital };

export const EXTRATERRITORIAL: Alternative = {
  funders: ["organisation employeuse"],
  explanation: WHY_NOT_AN_OPCO.extraterritorial,
};

export const JOB_SEEKER: Alternative = {
  funders: ["France Travail", "Région", "CPF"],
  explanation: WHY_NOT_AN_OPCO.jobSeeker,
};

export const INTERMITTENT: Alternative = { funders: ["AFDAS"], explanation: WHY_NOT_AN_OPCO.intermittent };

export const ARTIST_AUTHOR: Alternative = { funders: ["AFDAS"], explanation: WHY_NOT_AN_OPCO.artistAuthor };

const PUBLIC_SERVICES: [Alternative, RegExp][] = [
  [
    { funders: ["ANFH"], explanation: WHY_NOT_AN_OPCO.hospitalAgents },
    / (hospitaliere|hospitalier|hopital|hospital|chu|ehpad) /,
  ],
  [
    { funders: ["CNFPT"], explanation: WHY_NOT_AN_OPCO.localAgents },
    / (territoriale|territorial|collectivite|mairie|commune|departement|region|local government|local authority|council) /,
  ],
  [
    { funders: ["administration employeuse"], explanation: WHY_NOT_AN_OPCO.stateAgents },
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
