import { pathToFileURL } from "node:url";

/**
 * Runs `main` when the calling module is the script Node was started with (not when a test
 * imports it), then exits with its code; an error prints its message and exits with 1.
 */
export function runMain(moduleUrl: string, main: (argv: string[]) => Promise<number>): void {
  if (moduleUrl !== pathToFileURL(process.argv[1] ?? "").href) return;
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : String(error));
      process.exit(1);
    },
  );
}
