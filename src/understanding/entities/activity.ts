import type { Role } from "../../core/ids";

// Canonical activity names, in French, that findOpco understands as a query.
const SELF_EMPLOYED: [string, RegExp][] = [
  ["médecin libéral", /\b(medecin|docteur|doctor|physician|generaliste|gp\b)/],
  [
    "exploitant agricole",
    /\b(agricult|exploitant agricole|exploitation agricole|farmer|farm\b|viticult|eleveu?r|maraich)/,
  ],
  [
    "artisan",
    /\b(artisan|craftsperson|craftsman|plombier|electricien|menuisier|boulanger|coiffeu|macon|chambre des metiers)/,
  ],
  [
    "profession libérale",
    /\b(liberale?|liberal profession|consultant|avocat|lawyer|architecte|architect|expert-comptable|kinesitherapeute|infirmi|psycholog|graphiste|designer|developpeu?r|developer|formateur independant|coach)/,
  ],
  ["commerçant", /\b(commercant|commerce|trader|shop ?keeper|dirigeant|company head|gerant|e-commerce|boutique)/],
];
const PUBLIC: [string, RegExp][] = [
  ["fonction publique hospitalière", /\b(hospitali|hopital|hospital|chu\b|ehpad public)/],
  [
    "fonction publique territoriale",
    /\b(territorial|collectivite|mairie|commune|departement|region|town hall|local (government|authority|council)|council)/,
  ],
  [
    "fonction publique d'État",
    /\b(d'?etat\b|state civil service|ministere|ministry|education nationale|prefecture|state)/,
  ],
];

/** The activity of a self-employed person, or the public service of a public agent, when the message names it. */
export function parseOwnActivity(text: string, role: Role | undefined): string | undefined {
  if (role !== "self_employed" && role !== "public_agent") return undefined;
  const folded = text;
  for (const [activity, pattern] of role === "self_employed" ? SELF_EMPLOYED : PUBLIC)
    if (pattern.test(folded)) return activity;
  return undefined;
}
