import codes from "@socialgouv/codes-naf/index.json";

/**
 * The official NAF rev. 2 nomenclature (sections excluded): division `62`, group `62.0`,
 * class `62.01` and sub-class `62.01Z`, each with its French label, from `@socialgouv/codes-naf`.
 */
export const NAF_LABELS: ReadonlyMap<string, string> = new Map(codes.map((code) => [code.id, code.label]));

/** The 88 NAF divisions (`01` .. `99`), in order. */
export const NAF_DIVISIONS: readonly string[] = codes.filter((code) => code.id.length === 2).map((code) => code.id);

/** Every NAF sub-class (`62.01Z`), the level an APE code is given at. */
export const NAF_SUBCLASSES: readonly string[] = codes.filter((code) => code.id.length === 6).map((code) => code.id);

/** The code and its parents, most precise first: `10.71C` -> `10.71C`, `10.71`, `10.7`, `10`. */
export function nafAncestors(code: string): string[] {
  const out = [code];
  if (code.length === 6) out.push(code.slice(0, 5));
  if (code.length >= 5) out.push(code.slice(0, 4));
  if (code.length >= 4) out.push(code.slice(0, 2));
  return out;
}
