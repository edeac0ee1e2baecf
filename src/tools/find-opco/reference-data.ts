import lexicon from "../../../knowledge/data/activity-lexicon.json";
import idcc from "../../../knowledge/data/idcc.json";
import additions from "../../../knowledge/data/idcc-additions.json";
import nafHints from "../../../knowledge/data/naf-hints.json";
import opcos from "../../../knowledge/data/opcos.json";
import { OpcoListSchema } from "../../core/opco";
import { parseIdcc, parseNaf } from "../identifiers";
import { ActivityLexiconSchema } from "./activity";
import {
  createOpcoReference,
  IdccAdditionSchema,
  IdccTableSchema,
  NafHintSchema,
  type OpcoReference,
} from "./reference";

let reference: OpcoReference | undefined;

/** The reference tables of `knowledge/data/`, validated and indexed on first use. */
export function opcoReference(): OpcoReference {
  reference ??= createOpcoReference({
    opcos: OpcoListSchema.parse(opcos),
    idcc: IdccTableSchema.parse(idcc),
    additions: IdccAdditionSchema.array().parse(additions),
    nafHints: NafHintSchema.array().parse(nafHints),
    lexicon: ActivityLexiconSchema.parse(lexicon),
  });
  return reference;
}

/** IDCC as typed (`1486`, `IDCC 01486`) -> its OPCO; `null` when the number is malformed. */
export function lookupIdcc(raw: string) {
  const parsed = parseIdcc(raw);
  return parsed.ok ? opcoReference().lookupIdcc(parsed.value) : null;
}

/** NAF code as typed (`6201Z`, `62.01z`) -> the hint for its OPCO; `null` when the code is malformed or unknown. */
export function lookupNaf(raw: string) {
  const parsed = parseNaf(raw);
  return parsed.ok ? opcoReference().lookupNaf(parsed.value) : null;
}
