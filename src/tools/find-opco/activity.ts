import { stopwords as englishStopwords } from "@orama/stopwords/english";
import { stopwords as frenchStopwords } from "@orama/stopwords/french";
import { z } from "zod";
import { type OpcoId, OpcoIdSchema } from "../../core/ids";
import { fafFor, fafForActivity, publicEmployer } from "./funders";
import { createTypoIndex } from "./fuzzy";
import {
  FafSchema,
  type FinderStatus,
  FinderStatusSchema,
  IdccSchema,
  PublicEmployerSchema,
  type PublicKind,
} from "./kinds";
import { fold, foldedWords, isCapitals, NOT_WORD, STOP_WORDS, stem, stemsOf, type Word, words } from "./words";

const NafSubclass = z.string().regex(/^\d{2}\.\d{2}[A-Z]$/);
const Terms = z.array(z.string().min(2)).min(1);

/** One activity of the lexicon: the words people use for it, and what it rests on. */
export const LexiconActivitySchema = z
  .object({
    /** As people write them, French and English, accents and plurals as they come. */
    terms: Terms,
    /** Shown instead of the agreement's title or the NAF label. */
    label: z.string().min(1).optional(),
    /** The agreements it rests on (preferred: the IDCC table gives the OPCO for certain); all of one OPCO. */
    idcc: z.array(IdccSchema).min(1).optional(),
    /** Its NAF sub-class: the OPCO when no IDCC is given, and the FAF of the self-employed. */
    naf: NafSubclass.optional(),
    /** The OPCO, only when neither an IDCC nor the NAF code gives it. */
    opco: OpcoIdSchema.optional(),
    /** A public employer: no OPCO, its agents train with the ANFH, the CNFPT or their administration. */
    public: PublicEmployerSchema.optional(),
    /** The kind of public employer it is when the text says "public" (else the NAF hint's). */
    ifPublic: PublicEmployerSchema.optional(),
    /** The FAF of the self-employed when the NAF code does not tell it. */
    faf: FafSchema.optional(),
    confidence: z.enum(["probable", "low"]).optional(),
    /** Too broad to decide: gives way to any more precise activity of the same text. */
    generic: z.boolean().optional(),
    /** Counts only when the text says it is theirs ("notre OF", "je dirige un OF"), not one they look for. */
    owned: z.boolean().optional(),
    /** Names a self-employed person (a farmer, a GP) unless the text speaks of employees. */
    selfEmployed: z.boolean().optional(),
    /** A service people use: after "mon", "ma", "my" ("mon comptable", "ma banque") it is theirs, not their trade. */
    customer: z.boolean().optional(),
  })
  .refine((entry) => entry.idcc ?? entry.naf ?? entry.opco ?? entry.public, {
    message: "an activity rests on an IDCC, a NAF code, an OPCO or a public employer",
  });
export type LexiconActivity = z.infer<typeof LexiconActivitySchema>;

/** `knowledge/data/activity-lexicon.json`: the colloquial words of activities and statuses, FR and EN. */
export const ActivityLexiconSchema = z.object({
  activities: z.array(LexiconActivitySchema).min(1),
  statuses: z.array(
    z.object({
      status: FinderStatusSchema,
      terms: Terms,
      /** Gives way when the text speaks of employees ("artisan ... mon apprenti"). */
      weak: z.boolean().optional(),
      /** Folded words after which the term is an adjective ("garage indépendant"), not a status. */
      notAfter: z.array(z.string()).optional(),
    }),
  ),
  /** Words that say employees are concerned: a weak self-employed word then gives way. */
  employees: Terms,
  /** Words of any funding question that never name an activity (formation, salarié, entreprise...). */
  ignored: Terms,
  /** Words of the official labels too general to decide alone (commerce, services, fabrication...). */
  generic: Terms,
  /** Terms that count only when written in capitals ("IT", "OF", "SAP"). */
  capitals: Terms,
  /** Words whose object is a training subject or a cost, not the company's activity. */
  subjects: z.object({ after: Terms, before: Terms }),
  /** Phrases that name no activity though their words could ("fonds d'assurance formation"). */
  neutral: Terms,
  /**
   * Words around a single word of an official label that say it names the company's activity ("une
   * entreprise de ...", "dans la ...", "... industry"); without one, a lone label word is an ordinary word.
   */
  cues: z.object({ before: Terms, after: Terms }),
});
export type ActivityLexicon = z.infer<typeof ActivityLexiconSchema>;

/** Who funds instead of the activity's OPCO: the public funder of its kind, or the FAF of the self-employed. */
export type FunderKind = PublicKind | "self_employed";

/** An activity a text names. */
export interface ActivityMatch {
  /** The words of the text that named it, as written. */
  term: string;
  /** The official label matched (IDCC title or NAF label), or the lexicon's. */
  label: string;
  /** Where the label comes from: the lexicon of colloquial words, a NAF sub-class or an agreement title. */
  source: "lexicon" | "naf" | "idcc";
  /** The agreements it rests on. */
  idcc: string[];
  /** The NAF sub-class it rests on. */
  naf?: string;
  /** The OPCO; null when no OPCO funds this person (public employer, self-employed). */
  opco: OpcoId | null;
  /** Other possible OPCOs. */
  also: { opco: OpcoId; idcc: string[] }[];
  /** "probable" for a distinctive match, "low" otherwise. */
  confidence: "probable" | "low";
  /** What the words say of the person: self-employed, public agent, job seeker... */
  status?: FinderStatus;
  /** Who funds instead of an OPCO, when `opco` is null. */
  funder?: { kind: FunderKind; funders: string[] };
  /** The employer may be public: its agents would then have no OPCO (`funder` of that kind). */
  mayBePublic?: PublicKind;
}

/** What a text says: the activities it names, best first, and the status of the person. */
export interface ActivityReading {
  activities: ActivityMatch[];
  status?: FinderStatus;
}

type Hint = { opco: OpcoId | null; idcc: string[]; confidence: "probable" | "low"; also?: ActivityMatch["also"] };

/** The tables the recogniser maps labels and words through. */
export interface ActivitySources {
  lexicon: ActivityLexicon;
  /** NAF sub-classes with their label and hint (`reference.lookupNaf`). */
  naf: { code: string; label: string; hint: Hint & { public?: PublicKind } }[];
  /** Agreements that have an OPCO, with their title (`reference.lookupIdcc`). */
  agreements: { idcc: string; title: string; opco: OpcoId }[];
  /** The OPCO of an IDCC, or undefined. */
  opcoOfIdcc: (idcc: string) => OpcoId | undefined;
  /** The title of an IDCC. */
  titleOfIdcc: (idcc: string) => string | undefined;
  /** The NAF hint of a code. */
  nafHint: (code: string) => { label: string; hint: Hint & { code: string; public?: PublicKind } } | undefined;
}

/** A label word this frequent (in how many labels) is not distinctive, whatever its idf. */
const COMMON_DF = 24;
/** A rival label of another OPCO within this share of the best score makes the match "low". */
const RIVAL_SHARE = 0.85;
/** Connectors inside a training subject: "formation en comptabilité", "cours d'anglais". */
const CONNECTORS = new Set(
  "de d du des en la le l les au aux a sur in on of the an about dans into as comme vers et and ou or".split(" "),
);
/** Words of a duration inside a training subject: "formation de 8 mois de développeur web". */
const DURATIONS = new Set(
  "jour jours semaine semaines mois an ans annee annees heure heures h day days week weeks month months year years hour hours".split(
    " ",
  ),
);
/** Words before a term that say the activity is the speaker's own ("notre OF", "je dirige un CFA", "we are a"). */
const OWNERS = new Set(
  "notre nos our dirige dirigeons gere gerons travaille travaillons bosse bossons run runs work works".split(" "),
);
/** Verbs that say "we are" only after their subject: "on est", "nous sommes", "we are", "we're". */
const OWNED_AFTER: Readonly<Record<string, string>> = { est: "on", sommes: "nous", are: "we", re: "we" };
const ARTICLES = new Set(["un", "une", "a", "an"]);
/** Words of making: the product after them names a manufacture ("fabrication de jouets", "usine de meubles"). */
const MAKING = new Set(
  "fabrication fabricant fabricants fabrique fabriquer fabriquons production producteur usine industrie manufacture manufacturing manufacturer".split(
    " ",
  ),
);
/** Possessives that make a service the speaker's supplier: "mon comptable", "ma banque", "my accountant". */
const MINE = new Set(["mon", "ma", "mes", "my"]);
/** Stop words a lexicon term may leave out in the text: "salon de coiffure" is "salon coiffure". */
const JOINERS = new Set([
  ...CONNECTORS,
  "et",
  "and",
  "un",
  "une",
  "for",
  "with",
  "to",
  "at",
  "by",
  "s",
  "pour",
  "dans",
]);
const ENGLISH_WORDS = new Set(
  englishStopwords.map(fold).filter((word) => !frenchStopwords.includes(word) && word.length > 1),
);
const FRENCH_WORDS = new Set(frenchStopwords.map(fold).filter((word) => !ENGLISH_WORDS.has(word) && word.length > 1));
const NONE: ReadonlySet<string> = new Set();
const PUBLIC_WORDS = new Set(["public", "publique", "publics", "publiques"]);
const PRIVATE_WORDS = new Set(["prive", "privee", "prives", "privees", "private"]);

/** A term compiled to what a text must show: its content words' stems, and which must be in capitals. */
interface Pattern {
  keys: string[];
  capitals: boolean[];
  /** The activity it names; undefined for a neutral phrase. */
  activity?: number;
}

/** A phrase matched word by word (statuses, employee words): folded words, with capitals where required. */
interface Phrase {
  words: string[];
  capitals: boolean[];
  status?: FinderStatus;
  weak?: boolean;
  notAfter?: ReadonlySet<string>;
}

interface Compiled {
  entry: LexiconActivity;
  label: string;
  idcc: string[];
  naf?: string;
  opco: OpcoId | null;
  also: ActivityMatch["also"];
  mayBePublic?: PublicKind;
}

interface Doc {
  source: "naf" | "idcc";
  code: string;
  label: string;
  stems: string[];
  /** Sum of the idf of its stems. */
  weight: number;
  opco: OpcoId | null;
  idcc: string[];
  confidence: "probable" | "low";
  also: ActivityMatch["also"];
  mayBePublic?: PublicKind;
}

/** A word of the text as the recogniser reads it. */
interface Token extends Word {
  stop: boolean;
  keys: string[];
  fuzzy: boolean;
  ignored: boolean;
  /** Used by a status phrase, a lexicon term or a neutral phrase. */
  used: boolean;
  /** Part of a training subject or a cost ("formation en comptabilité"). */
  subject: boolean;
}

/**
 * Builds the activity recogniser: the lexicon's colloquial terms, and the official labels (732 NAF
 * sub-classes and the titles of the agreements that have an OPCO) indexed by stemmed content word,
 * weighted by idf so that generic words never decide alone; typo-tolerant, accent-insensitive, FR and EN.
 */
export function createActivityRecogniser(sources: ActivitySources) {
  const { lexicon } = sources;
  const capitals = new Set(lexicon.capitals);
  const ignored = new Set(lexicon.ignored.map(fold));
  const generic = new Set(lexicon.generic.map((word) => stem(fold(word))));
  const subjectAfter = new Set(lexicon.subjects.after.map(fold));
  const subjectBefore = new Set(lexicon.subjects.before.map(fold));
  const cueBefore = new Set(lexicon.cues.before.map(fold));
  const cueAfter = new Set(lexicon.cues.after.map(fold));
  for (const word of [...subjectAfter, ...subjectBefore]) ignored.add(word);

  // The words of a term that must be in the text: all but the joiners people leave out ("salon coiffure").
  const kept = new Set<string>();
  /** The words of a fixed term, folded, each with whether it must be written in capitals. */
  const termWords = (raw: string) => {
    const folded = foldedWords(raw);
    const rawWords = /[A-Z]/.test(raw) ? raw.split(NOT_WORD).filter(Boolean) : [];
    return folded.map((text, i) => ({
      text,
      capitals: capitals.has(rawWords[i] ?? ""),
      acronym: isCapitals(rawWords[i] ?? ""),
    }));
  };
  const contentOf = (raw: string) =>
    termWords(raw).filter((word) => {
      if (word.capitals || !STOP_WORDS.has(word.text)) return true;
      if (JOINERS.has(word.text)) return false;
      kept.add(word.text);
      return true;
    });

  // The lexicon, compiled: each term to the stems of its content words.
  const compiled: Compiled[] = lexicon.activities.map((entry) => compile(entry, sources));
  const patterns = new Map<string, Pattern[]>();
  const surface = new Map<string, string>();
  const lexiconWords = new Set<string>();
  /** Terms whose words another activity (or a neutral phrase) already has: the lexicon must have none. */
  const conflicts: string[] = [];
  const addPattern = (term: string, activity: number | undefined) => {
    const content = contentOf(term);
    if (!content.length) throw new Error(`lexicon term without a content word: ${term}`);
    // Acronyms are not stemmed: "CHRS" is not "CHR".
    const pattern: Pattern = {
      keys: content.map((word) => (word.acronym ? word.text : stem(word.text))),
      capitals: content.map((word) => word.capitals),
      activity,
    };
    const first = pattern.keys[0] as string;
    const list = patterns.get(first) ?? [];
    const joined = pattern.keys.join(" ");
    const same = list.find((p) => p.keys.length === pattern.keys.length && p.keys.join(" ") === joined);
    if (same && same.activity !== activity) conflicts.push(term);
    list.push(pattern);
    patterns.set(first, list);
    for (const word of content) {
      surface.set(word.text, stem(word.text));
      if (!ignored.has(word.text) && !STOP_WORDS.has(word.text)) lexiconWords.add(word.text);
    }
  };
  compiled.forEach(({ entry }, i) => {
    for (const term of entry.terms) addPattern(term, i);
  });
  for (const term of lexicon.neutral) addPattern(term, undefined);
  for (const list of patterns.values()) list.sort((a, b) => b.keys.length - a.keys.length);

  const phrase = (term: string, extra: Omit<Phrase, "words" | "capitals"> = {}): Phrase => {
    const all = termWords(term);
    return { words: all.map((word) => word.text), capitals: all.map((word) => word.capitals), ...extra };
  };
  const statusPhrases = lexicon.statuses.flatMap((row) =>
    row.terms.map((term) =>
      phrase(term, { status: row.status, weak: row.weak, notAfter: row.notAfter ? new Set(row.notAfter) : undefined }),
    ),
  );
  const employeePhrases = lexicon.employees.map((term) => phrase(term));
  const employeeWords = new Set(employeePhrases.filter((p) => p.words.length === 1).map((p) => p.words[0] as string));
  const byFirstWord = (list: Phrase[]) => {
    const out = new Map<string, Phrase[]>();
    for (const p of [...list].sort((a, b) => b.words.length - a.words.length)) {
      const first = p.words[0] as string;
      const same = out.get(first);
      if (same) same.push(p);
      else out.set(first, [p]);
    }
    return out;
  };
  const statusIndex = byFirstWord(statusPhrases);
  const employeeIndex = byFirstWord(employeePhrases);

  // The official labels: NAF sub-classes and agreement titles, by stemmed content word.
  const docs: Doc[] = [];
  // Acronyms of titles ("BAD", "UNICEM", "FEHAP") are left to the lexicon: as words they are English or nothing.
  const labelStems = (label: string) => {
    const out = new Set<string>();
    const acronyms = /[A-Z]{2}/.test(label)
      ? new Set(
          label
            .split(NOT_WORD)
            .filter((word) => isCapitals(word))
            .map(fold),
        )
      : NONE;
    for (const word of foldedWords(label)) {
      if (word.length < 2 || STOP_WORDS.has(word) || ignored.has(word) || acronyms.has(word) || /\d/.test(word))
        continue;
      const s = stem(word);
      surface.set(word, s);
      out.add(s);
    }
    return [...out];
  };
  for (const { code, label, hint } of sources.naf) {
    docs.push({
      source: "naf",
      code,
      label,
      stems: labelStems(label),
      weight: 0,
      opco: hint.opco,
      idcc: hint.idcc,
      confidence: hint.confidence,
      also: hint.also ?? [],
      mayBePublic: hint.public,
    });
  }
  for (const { idcc, title, opco } of sources.agreements) {
    docs.push({
      source: "idcc",
      code: idcc,
      label: title,
      stems: labelStems(title),
      weight: 0,
      opco,
      idcc: [idcc],
      confidence: "probable",
      also: [],
    });
  }
  const postings = new Map<string, number[]>();
  docs.forEach((doc, i) => {
    for (const s of doc.stems) {
      const list = postings.get(s);
      if (list) list.push(i);
      else postings.set(s, [i]);
    }
  });
  const idf = new Map<string, number>();
  for (const [s, list] of postings) idf.set(s, Math.log(docs.length / list.length));
  for (const doc of docs) doc.weight = doc.stems.reduce((sum, s) => sum + (idf.get(s) ?? 0), 0);
  const distinctive = (s: string) => !generic.has(s) && (postings.get(s)?.length ?? Infinity) <= COMMON_DF;

  // Known stems (lexicon, labels, ignored words) need no correction; the others may be typos of a known word.
  const known = new Set<string>([...patterns.keys(), ...postings.keys(), ...[...ignored].map(stem)]);
  for (const list of patterns.values()) for (const p of list) for (const k of p.keys) known.add(k);
  const typos = createTypoIndex([
    ...lexiconWords,
    ...[...surface].filter(([word, s]) => !generic.has(s) && !ignored.has(word)).map(([word]) => word),
  ]);

  function tokenize(text: string): Token[] {
    return words(text).map((word) => {
      const raw = text.slice(word.start, word.end);
      const stop = !isCapitals(raw) && STOP_WORDS.has(word.text) && !kept.has(word.text);
      const token: Token = {
        ...word,
        stop,
        keys: [],
        fuzzy: false,
        ignored: ignored.has(word.text),
        used: false,
        subject: false,
      };
      if (stop || /\d/.test(word.text)) return token;
      token.keys = stemsOf(word.text);
      if (isCapitals(raw) && !token.keys.includes(word.text)) token.keys.push(word.text);
      if (!token.ignored && !token.keys.some((k) => known.has(k))) {
        const corrected = [...new Set(typos.correct(word.text).map((w) => surface.get(w) as string))];
        if (corrected.length === 1) {
          token.keys = corrected;
          token.fuzzy = true;
        }
      }
      return token;
    });
  }

  /** The phrase of `index` that starts at token `i`, longest first. */
  function phraseAt(tokens: Token[], i: number, index: Map<string, Phrase[]>, text: string): Phrase | undefined {
    const first = tokens[i] as Token;
    for (const p of index.get(first.text) ?? []) {
      if (i + p.words.length > tokens.length) continue;
      let ok = true;
      for (let k = 0; k < p.words.length && ok; k++) {
        const token = tokens[i + k] as Token;
        ok =
          token.text === p.words[k] &&
          (!p.capitals[k] || isCapitals(text.slice(token.start, token.end))) &&
          (k === 0 || !token.pause);
      }
      if (ok && p.notAfter && i > 0 && p.notAfter.has((tokens[i - 1] as Token).text)) ok = false;
      if (ok) return p;
    }
    return undefined;
  }

  /** Marks the words of training subjects and costs: "formation en comptabilité", "pastry course", "frais de transport". */
  function markSubjects(tokens: Token[]) {
    tokens.forEach((token, i) => {
      if (subjectAfter.has(token.text)) {
        let count = 0;
        for (let j = i + 1; j < tokens.length && count < 4; j++) {
          const next = tokens[j] as Token;
          if (next.pause || employeeWords.has(next.text) || (next.stop && !CONNECTORS.has(next.text))) break;
          if (next.stop || next.ignored || DURATIONS.has(next.text) || /\d/.test(next.text)) continue;
          next.subject = true;
          count++;
        }
      }
      if (subjectBefore.has(token.text)) {
        for (let j = i - 1, count = 0; j >= 0 && count < 3; j--, count++) {
          const previous = tokens[j] as Token;
          if ((tokens[j + 1] as Token).pause || previous.stop || previous.ignored) break;
          previous.subject = true;
        }
      }
    });
  }

  interface Found {
    first: number;
    last: number;
    compiled?: Compiled;
    doc?: Doc;
    confidence: "probable" | "low";
    generic: boolean;
    rivals: ActivityMatch["also"];
  }

  /** Lexicon terms over the content words, longest first at each position, left to right. */
  function matchLexicon(tokens: Token[], content: number[], text: string): Found[] {
    const out: Found[] = [];
    for (let c = 0; c < content.length; c++) {
      const first = tokens[content[c] as number] as Token;
      if (first.used) continue;
      let best: { pattern: Pattern; length: number } | undefined;
      for (const key of first.keys) {
        for (const pattern of patterns.get(key) ?? []) {
          if (best && pattern.keys.length <= best.length) break;
          if (c + pattern.keys.length > content.length) continue;
          let ok = true;
          for (let k = 0; k < pattern.keys.length && ok; k++) {
            const token = tokens[content[c + k] as number] as Token;
            ok =
              !token.used &&
              token.keys.includes(pattern.keys[k] as string) &&
              (!pattern.capitals[k] || isCapitals(text.slice(token.start, token.end))) &&
              (k === 0 || !token.pause);
          }
          if (ok) best = { pattern, length: pattern.keys.length };
        }
      }
      if (!best) continue;
      // "fabrication de jouets" is a factory, not a toy shop: after a making word, a lone product noun the
      // lexicon gives to a trade is left to the official labels ("Fabrication de jeux et jouets").
      const previous = c > 0 ? (tokens[content[c - 1] as number] as Token) : undefined;
      const trade = best.pattern.activity !== undefined && !manufacture(compiled[best.pattern.activity] as Compiled);
      if (best.length === 1 && trade && previous && !previous.pause && MAKING.has(previous.text)) continue;
      const span = content.slice(c, c + best.length);
      for (const i of span) (tokens[i] as Token).used = true;
      c += best.length - 1;
      if (best.pattern.activity === undefined) continue;
      // A term that starts inside a training subject is the subject: "formation en pâtisserie".
      if ((tokens[span[0] as number] as Token).subject) continue;
      const found = compiled[best.pattern.activity] as Compiled;
      const firstIndex = span[0] as number;
      if (found.entry.owned && !ownedAt(tokens, firstIndex)) continue;
      if (found.entry.customer && firstIndex > 0 && MINE.has((tokens[firstIndex - 1] as Token).text)) continue;
      out.push({
        first: firstIndex,
        last: span[span.length - 1] as number,
        compiled: found,
        confidence: found.entry.confidence ?? "probable",
        generic: found.entry.generic ?? false,
        rivals: [],
      });
    }
    return out;
  }

  // "notre OF", "on est un OF", "je dirige un CFA", "we're a training centre"; or the text opens with it
  // ("OF de 4 salariés", "Language school here").
  const ownedAt = (tokens: Token[], first: number) => {
    if (tokens.slice(0, first).every((token) => ARTICLES.has(token.text))) return true;
    for (let i = Math.max(0, first - 3); i < first; i++) {
      const word = (tokens[i] as Token).text;
      const before = tokens[i - 1]?.text;
      if (OWNERS.has(word) || (word in OWNED_AFTER && OWNED_AFTER[word] === before)) return true;
    }
    return false;
  };

  /** Official labels over the runs of label words the lexicon left. */
  function matchLabels(tokens: Token[], content: number[], named: boolean): Found[] {
    const eligible = (token: Token) =>
      !token.used && !token.subject && !token.ignored && token.keys.some((k) => postings.has(k));
    // A short text that is nothing but label words ("scierie", "une scierie") is a description by itself.
    const short =
      !named &&
      tokens.length <= 5 &&
      content.every((i) => eligible(tokens[i] as Token) || (tokens[i] as Token).ignored);
    const runs: number[][] = [];
    let run: number[] = [];
    for (const i of content) {
      const token = tokens[i] as Token;
      if (!eligible(token) || token.pause) {
        if (run.length) runs.push(run);
        run = [];
      }
      if (eligible(token)) run.push(i);
    }
    if (run.length) runs.push(run);
    const out: Found[] = [];
    for (let words of runs) {
      for (let round = 0; round < 3 && words.length; round++) {
        const found = bestLabel(tokens, words);
        if (!found) break;
        const alone =
          found.evidence >= 2 || ((short || cued(tokens, found.match.first, found.match.last)) && found.evidence);
        if (alone) out.push(found.match);
        words = words.filter((i) => !found.used.has(i));
      }
    }
    return out;
  }

  /** A cue word just before ("une entreprise de", "dans la") or after ("... industry") the words of a label. */
  function cued(tokens: Token[], first: number, last: number) {
    for (let i = first - 1; i >= Math.max(0, first - 4); i--) {
      if (cueBefore.has((tokens[i] as Token).text)) return true;
      if ((tokens[i] as Token).pause) break;
    }
    for (let i = last + 1; i <= Math.min(tokens.length - 1, last + 2); i++) {
      if ((tokens[i] as Token).pause) break;
      if (cueAfter.has((tokens[i] as Token).text)) return true;
    }
    return false;
  }

  function bestLabel(tokens: Token[], run: number[]) {
    const stemOf = new Map<number, string>();
    for (const i of run) {
      const key = (tokens[i] as Token).keys.find((k) => postings.has(k));
      if (key) stemOf.set(i, key);
    }
    const stems = new Set(stemOf.values());
    if (![...stems].some(distinctive)) return undefined;
    const fuzzy = new Set(run.filter((i) => (tokens[i] as Token).fuzzy).map((i) => stemOf.get(i)));
    const scores = new Map<number, number>();
    for (const s of stems) {
      const weight = (idf.get(s) ?? 0) * (fuzzy.has(s) ? 0.8 : 1);
      for (const d of postings.get(s) ?? []) scores.set(d, (scores.get(d) ?? 0) + weight);
    }
    let best: { doc: Doc; rank: number; matched: string[] } | undefined;
    const ranked: { doc: Doc; rank: number }[] = [];
    for (const [d, score] of scores) {
      const doc = docs[d] as Doc;
      const matched = doc.stems.filter((s) => stems.has(s));
      if (!matched.some(distinctive)) continue;
      const coverage = matched.reduce((sum, s) => sum + (idf.get(s) ?? 0), 0) / doc.weight;
      const rank = score * (0.5 + 0.5 * coverage) + (doc.source === "idcc" ? 1e-6 : 0);
      ranked.push({ doc, rank });
      if (!best || rank > best.rank || (rank === best.rank && doc.code < best.doc.code)) best = { doc, rank, matched };
    }
    if (!best) return undefined;
    const { doc, rank, matched } = best;
    const rivals = new Map<OpcoId, string[]>();
    for (const other of ranked) {
      if (other.rank >= rank * RIVAL_SHARE && other.doc.opco && other.doc.opco !== doc.opco)
        rivals.set(other.doc.opco, [...new Set([...(rivals.get(other.doc.opco) ?? []), ...other.doc.idcc])]);
    }
    const used = new Set(run.filter((i) => matched.includes(stemOf.get(i) as string)));
    const surely = [...used].some((i) => !(tokens[i] as Token).fuzzy && distinctive(stemOf.get(i) as string));
    const confidence = surely && !rivals.size && doc.confidence === "probable" ? "probable" : "low";
    const indices = [...used].sort((a, b) => a - b);
    // Two words of the label that are not generic, neither a correction, make a description by themselves.
    const evidence = new Set(
      [...used]
        .filter((i) => !(tokens[i] as Token).fuzzy && !generic.has(stemOf.get(i) as string))
        .map((i) => stemOf.get(i)),
    ).size;
    return {
      used,
      evidence,
      match: {
        first: indices[0] as number,
        last: indices[indices.length - 1] as number,
        doc,
        confidence,
        generic: false,
        rivals: [...rivals].map(([opco, idcc]) => ({ opco, idcc })),
      } satisfies Found,
    };
  }

  /** More English function words than French ones. */
  function english(tokens: Token[]) {
    let balance = 0;
    for (const token of tokens) {
      if (ENGLISH_WORDS.has(token.text)) balance++;
      else if (FRENCH_WORDS.has(token.text)) balance--;
    }
    return balance > 1;
  }

  /** The statuses the text states, in order, and whether it speaks of employees. */
  function readStatuses(tokens: Token[], text: string) {
    const statuses: { status: FinderStatus; weak: boolean }[] = [];
    let employees = false;
    for (let i = 0; i < tokens.length; i++) {
      if (!employees && phraseAt(tokens, i, employeeIndex, text)) employees = true;
      const p = phraseAt(tokens, i, statusIndex, text);
      if (!p?.status) continue;
      statuses.push({ status: p.status, weak: p.weak ?? false });
      for (let k = 0; k < p.words.length; k++) (tokens[i + k] as Token).used = true;
      i += p.words.length - 1;
    }
    return { statuses, employees };
  }

  /**
   * The activities a text names, best first, and the status of the person: `known` when the caller
   * knows it (the dialogue asked), else what the words say.
   */
  function read(text: string, known?: FinderStatus): ActivityReading {
    const tokens = tokenize(text);
    const { statuses, employees } = readStatuses(tokens, text);
    markSubjects(tokens);
    const content = tokens.flatMap((token, i) => (token.stop || !token.keys.length ? [] : [i]));
    const lexical = matchLexicon(tokens, content, text);
    // The official labels are French: an English text has nothing to find there but false friends.
    const labels = english(tokens) ? [] : matchLabels(tokens, content, lexical.length > 0);
    let found = [...lexical, ...labels];
    if (found.some((f) => !f.generic)) found = found.filter((f) => !f.generic);

    // A weak word ("artisan", "France Travail", "agriculteur") says the person's status only when the
    // text does not speak of employees: "artisan menuisier, j'embauche un apprenti" asks for the apprentice.
    const strong = statuses.find((s) => !s.weak)?.status;
    const weak = employees
      ? undefined
      : (statuses.find((s) => s.weak)?.status ??
        (found.some((f) => f.compiled?.entry.selfEmployed) ? ("self_employed" as const) : undefined));
    let status: FinderStatus | undefined = known ?? strong ?? weak;

    const seen = new Set<string>();
    const activities: (ActivityMatch & { at: number })[] = [];
    // The same activity named twice keeps the lexicon's reading (it knows "public hospital"), else the first.
    for (const f of found.sort((a, b) => (a.compiled ? 0 : 1) - (b.compiled ? 0 : 1) || a.first - b.first)) {
      const match = describe(f, tokens, text, status);
      const key = `${match.naf ?? match.idcc[0] ?? match.label}:${match.label}`;
      if (seen.has(key)) continue;
      seen.add(key);
      activities.push({ ...match, at: f.first });
    }
    if (!status && activities.some((a) => a.status === "public_agent")) status = "public_agent";
    activities.sort((a, b) => (a.confidence === b.confidence ? a.at - b.at : a.confidence === "probable" ? -1 : 1));
    return { activities: activities.map(({ at: _, ...activity }) => activity), status };
  }

  /** The match a found term makes, with the qualifiers around it and the person's status applied. */
  function describe(f: Found, tokens: Token[], text: string, status: FinderStatus | undefined): ActivityMatch {
    let first = f.first;
    let last = f.last;
    // "EHPAD public", "hôpital (public)", "public hospital": a public employer; "clinique privée": a private one.
    const after = tokens[last + 1];
    const before = tokens[first - 1];
    const qualifier = (token: Token | undefined, words: ReadonlySet<string>) =>
      token !== undefined && !token.used && words.has(token.text);
    let publicWord = false;
    let privateWord = false;
    // The qualifier joins the term when nothing stands between them ("EHPAD public", not "hôpital (public").
    if (qualifier(after, PUBLIC_WORDS) || qualifier(after, PRIVATE_WORDS)) {
      publicWord = PUBLIC_WORDS.has((after as Token).text);
      privateWord = !publicWord;
      if (!(after as Token).pause) last += 1;
    } else if (qualifier(before, PUBLIC_WORDS) || qualifier(before, PRIVATE_WORDS)) {
      publicWord = PUBLIC_WORDS.has((before as Token).text);
      privateWord = !publicWord;
      if (!(tokens[first] as Token).pause) first -= 1;
    }
    const term = text.slice((tokens[first] as Token).start, (tokens[last] as Token).end);
    // "clinique privée" is a lexicon term of its own: its words say private too.
    if (tokens.slice(first, last + 1).some((token) => PRIVATE_WORDS.has(token.text))) privateWord = true;

    const base = f.compiled
      ? {
          label: f.compiled.label,
          source: "lexicon" as const,
          idcc: f.compiled.idcc,
          naf: f.compiled.naf,
          opco: f.compiled.opco,
          also: f.compiled.also,
          mayBePublic: f.compiled.mayBePublic,
          publicKind: f.compiled.entry.public,
          ifPublic: f.compiled.entry.ifPublic,
          faf: f.compiled.entry.faf,
        }
      : {
          label: (f.doc as Doc).label,
          source: (f.doc as Doc).source,
          idcc: (f.doc as Doc).idcc,
          naf: (f.doc as Doc).source === "naf" ? (f.doc as Doc).code : undefined,
          opco: (f.doc as Doc).opco,
          also: [...(f.doc as Doc).also, ...f.rivals],
          mayBePublic: (f.doc as Doc).mayBePublic,
          publicKind: (f.doc as Doc).opco === null ? (f.doc as Doc).mayBePublic : undefined,
          ifPublic: undefined,
          faf: undefined,
        };
    const match: ActivityMatch = {
      term,
      label: base.label,
      source: base.source,
      idcc: base.idcc,
      opco: base.opco,
      also: base.also,
      confidence: f.confidence,
    };
    if (base.naf) match.naf = base.naf;
    const mayBePublic = privateWord ? undefined : (base.ifPublic ?? base.mayBePublic);
    if (mayBePublic && !base.publicKind) match.mayBePublic = mayBePublic;

    const publicKind =
      base.publicKind ?? (publicWord || status === "public_agent" ? (mayBePublic ?? "public_agent") : undefined);
    if (publicKind) {
      match.opco = null;
      match.status = "public_agent";
      match.funder = { kind: publicKind, funders: publicEmployer(publicKind).funders };
      delete match.mayBePublic;
      return match;
    }
    if (status === "self_employed") {
      const faf = base.faf ?? fafFor(base.naf) ?? fafForActivity(term);
      match.opco = null;
      match.status = status;
      match.funder = { kind: "self_employed", funders: faf ? [faf] : FafSchema.options };
      delete match.mayBePublic;
      return match;
    }
    if (status) match.status = status;
    return match;
  }

  return {
    read,
    /** The activities a text names, best first (see `ActivityMatch`). */
    matchActivity: (text: string): ActivityMatch[] => read(text).activities,
    /** Sizes of the index, for the benchmark and the tests. */
    stats: {
      conflicts,
      kept: [...kept],
      terms: [...patterns.values()].reduce((n, list) => n + list.length, 0),
      labels: docs.length,
      typoWords: typos.size,
    },
  };
}

/** An activity of manufacture: NAF divisions 10 to 33. */
const manufacture = (entry: Compiled) => {
  const division = Number(entry.naf?.slice(0, 2));
  return division >= 10 && division <= 33;
};

/** A lexicon entry resolved through the reference tables: its label, agreements, NAF code and OPCO. */
function compile(entry: LexiconActivity, sources: ActivitySources): Compiled {
  const naf = entry.naf ? sources.nafHint(entry.naf) : undefined;
  if (entry.naf && !naf) throw new Error(`unknown NAF code in the lexicon: ${entry.naf}`);
  const idcc = entry.idcc ?? (entry.opco ? [] : (naf?.hint.idcc ?? []));
  const opco = entry.public
    ? null
    : entry.idcc
      ? (sources.opcoOfIdcc(entry.idcc[0] as string) ?? null)
      : (entry.opco ?? naf?.hint.opco ?? null);
  if (!entry.public && !opco) throw new Error(`no OPCO for lexicon entry "${entry.terms[0]}"`);
  // The NAF label says what the company does; the agreement's title, whom it covers.
  const label =
    entry.label ??
    naf?.label ??
    (entry.idcc ? sources.titleOfIdcc(entry.idcc[0] as string) : undefined) ??
    (entry.terms[0] as string);
  const also = naf && naf.hint.opco === opco ? (naf.hint.also ?? []) : [];
  const out: Compiled = { entry, label, idcc, opco, also };
  if (entry.naf) out.naf = entry.naf;
  // A division's "may be public" (86, 87) says nothing of a practice: only the entry or its own sub-class tells.
  const mayBePublic = entry.ifPublic ?? (naf?.hint.code === entry.naf ? naf?.hint.public : undefined);
  if (mayBePublic && !entry.public) out.mayBePublic = mayBePublic;
  return out;
}

export type ActivityRecogniser = ReturnType<typeof createActivityRecogniser>;
