/**
 * Partial deep match of a tool's output against the fields a dataset expects, like vitest's
 * toMatchObject: every expected key must be there with a matching value, arrays element by element
 * and of the same length; `{"$regex": "..."}` matches a string case-insensitively. Returns the mismatches.
 */
export function partialMatch(actual: unknown, expected: unknown, path = "$"): string[] {
  if (isRegex(expected)) {
    return typeof actual === "string" && new RegExp(expected.$regex, "iu").test(actual)
      ? []
      : [`${path}: expected /${expected.$regex}/, got ${show(actual)}`];
  }
  if (isIncludes(expected)) {
    if (!Array.isArray(actual)) return [`${path}: expected an array, got ${show(actual)}`];
    return expected.$includes.flatMap((want, i) =>
      actual.some((item) => partialMatch(item, want).length === 0)
        ? []
        : [`${path}: no element matches ${show(want)} (pattern ${i + 1})`],
    );
  }
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual)) return [`${path}: expected an array, got ${show(actual)}`];
    if (actual.length !== expected.length)
      return [`${path}: expected ${expected.length} items, got ${actual.length}: ${show(actual)}`];
    return expected.flatMap((item, i) => partialMatch(actual[i], item, `${path}[${i}]`));
  }
  if (expected !== null && typeof expected === "object") {
    if (actual === null || typeof actual !== "object" || Array.isArray(actual))
      return [`${path}: expected an object, got ${show(actual)}`];
    return Object.entries(expected).flatMap(([key, value]) =>
      partialMatch((actual as Record<string, unknown>)[key], value, `${path}.${key}`),
    );
  }
  return Object.is(actual, expected) ? [] : [`${path}: expected ${show(expected)}, got ${show(actual)}`];
}

function isRegex(value: unknown): value is { $regex: string } {
  return (
    value !== null &&
    typeof value === "object" &&
    !Array.isArray(value) &&
    typeof (value as { $regex?: unknown }).$regex === "string" &&
    Object.keys(value).length === 1
  );
}

function isIncludes(value: unknown): value is { $includes: unknown[] } {
  return (
    value !== null &&
    typeof value === "object" &&
    Array.isArray((value as { $includes?: unknown }).$includes) &&
    Object.keys(value).length === 1
  );
}

const show = (value: unknown) => {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 160 ? `${text.slice(0, 157)}...` : text;
};
