/** Where progress goes: stderr by default; a TTY gets a bar redrawn in place, anything else plain lines. */
export interface ProgressStream {
  write(text: string): unknown;
  isTTY?: boolean;
}

export interface Progress {
  tick(): void;
  done(): void;
}

const WIDTH = 24;

/**
 * A progress bar for one suite. On a terminal it is redrawn in place (`\r`); elsewhere (CI, a
 * pipe) it writes one plain line at each quarter and one at the end, with no control characters.
 */
export function createProgress(
  label: string,
  total: number,
  stream: ProgressStream = process.stderr,
  now = () => performance.now(),
): Progress {
  const started = now();
  let count = 0;
  let lastQuarter = 0;
  const tty = Boolean(stream.isTTY);
  const bar = () => {
    const filled = total ? Math.round((count / total) * WIDTH) : WIDTH;
    return `[${"#".repeat(filled)}${"-".repeat(WIDTH - filled)}]`;
  };
  if (tty) stream.write(`${label.padEnd(10)} ${bar()} 0/${total}`);
  else stream.write(`${label}: 0/${total}\n`);
  return {
    tick() {
      count++;
      if (tty) {
        stream.write(`\r${label.padEnd(10)} ${bar()} ${count}/${total}`);
        return;
      }
      const quarter = total ? Math.floor((count / total) * 4) : 4;
      if (quarter > lastQuarter && count < total) {
        lastQuarter = quarter;
        stream.write(`${label}: ${count}/${total}\n`);
      }
    },
    done() {
      const ms = Math.round(now() - started);
      if (tty) stream.write(`\r${label.padEnd(10)} ${bar()} ${count}/${total} in ${ms} ms\n`);
      else stream.write(`${label}: ${count}/${total} done in ${ms} ms\n`);
    },
  };
}
