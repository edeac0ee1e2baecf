/**
 * Remembers the last `capacity` ids (least recently seen forgotten first). `firstTime(id)`
 * is true once per id while it is remembered: Slack's retries of an event are then dropped.
 * One per isolate; a retry that reaches another isolate is caught by `X-Slack-Retry-Num`.
 */
export function createSeenIds(capacity = 1000) {
  const seen = new Map<string, true>();
  return {
    firstTime(id: string): boolean {
      if (seen.has(id)) {
        seen.delete(id);
        seen.set(id, true);
        return false;
      }
      seen.set(id, true);
      if (seen.size > capacity) seen.delete(seen.keys().next().value as string);
      return true;
    },
    get size() {
      return seen.size;
    },
  };
}
