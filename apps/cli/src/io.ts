import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";

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

/** A flag the command does not know, or one given without its value: main() reports it and exits 2. */
export class CliUsageError extends Error {}

export type FlagSpec = {
  /** Flags that take a value: `--name value`. */
  values?: readonly string[];
  /** Flags that stand alone: `--force` reads as "true". */
  switches?: readonly string[];
};

/**
 * Parses a command's flags with node's parseArgs, strictly: an unknown flag or a flag without its value
 * is refused, naming the flag and the ones the command knows, rather than silently ignored.
 */
export function parseFlags(args: string[], spec: FlagSpec): Record<string, string> {
  const options = Object.fromEntries([
    ...(spec.values ?? []).map((name) => [name, { type: "string" as const }]),
    ...(spec.switches ?? []).map((name) => [name, { type: "boolean" as const }]),
  ]);
  const known = Object.keys(options).map((name) => `--${name}`);
  try {
    const { values, positionals } = parseArgs({ args, options, strict: true, allowPositionals: true });
    if (positionals.length > 0) throw new CliUsageError(`"${positionals[0]}": not a flag (flags: ${known.join(", ") || "none"})`);
    return Object.fromEntries(Object.entries(values).map(([name, value]) => [name, String(value)]));
  } catch (error) {
    if (error instanceof CliUsageError) throw error;
    const arg = args.find((a) => a.startsWith("-") && !known.includes(a.split("=")[0] ?? "")) ?? "";
    const code = (error as { code?: string }).code;
    if (code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") throw new CliUsageError(`${arg}: unknown flag (flags: ${known.join(", ") || "none"})`);
    if (code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE") {
      const flag = (error as Error).message.match(/'(--[\w-]+)/)?.[1] ?? "a flag";
      throw new CliUsageError(`${flag}: needs a value`);
    }
    throw error;
  }
}

export function printJson(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value)}\n`);
}
