/**
 * Runs tasks one after the other per key, in the order they were submitted.
 * A failed task does not block the ones queued after it.
 */
export function createSerialQueue() {
  const tails = new Map<string, Promise<unknown>>();
  return function serial<T>(key: string, task: () => Promise<T>): Promise<T> {
    const previous = tails.get(key) ?? Promise.resolve();
    const result = previous.then(task, task);
    const tail = result.catch(() => undefined);
    tails.set(key, tail);
    void tail.then(() => {
      if (tails.get(key) === tail) tails.delete(key);
    });
    return result;
  };
}
