import { readFileSync } from "node:fs";

export const EXIT_OK = 0;
export const EXIT_BAD_INPUT = 2;

export function usageError(message: string): number {
  process.stderr.write(`pb: ${message}\n`);
  return EXIT_BAD_INPUT;
}

/** Reads a file path, or standard input for "-". */
export function readInput(pathOrDash: string): string {
  return readFileSync(pathOrDash === "-" ? 0 : pathOrDash, "utf8");
}

/** Parses `--name value` pairs; a flag without a value is "true". */
export function parseFlags(args: string[]): Record<string, string> {
  const flags: Record<string, string> = {};
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? "";
    if (!arg.startsWith("--")) continue;
    const next = args[i + 1];
    if (next !== undefined && (!next.startsWith("--") || next === "-")) {
      flags[arg.slice(2)] = next;
      i++;
    } else flags[arg.slice(2)] = "true";
  }
  return flags;
}

export function printJson(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value)}\n`);
}
