/**
 * Structured logs: one JSON object a line, which any log shipper reads without a parser of ours.
 * Children's and families' data is special category, so a line holds only what cannot name anyone:
 * an event name, a request id, codes, counts, methods and route patterns. Fields take scalars only,
 * so a row, an input or an error object cannot be dropped into a line whole.
 */

export type LogLevel = "info" | "warn" | "error";

export type LogFields = Record<string, string | number | boolean | null | undefined>;

/** One line of JSON; `time`, `level` and `event` come first and cannot be overwritten by a field. */
export function formatLogLine(level: LogLevel, event: string, fields: LogFields = {}, now: Date = new Date()): string {
  const line: Record<string, string | number | boolean | null> = { time: now.toISOString(), level, event };
  for (const [name, value] of Object.entries(fields)) if (value !== undefined && !(name in line)) line[name] = value;
  return JSON.stringify(line);
}

const SQLSTATE = /^[0-9A-Z]{5}$/;
const ERROR_CODE = /^[A-Z][A-Z0-9_]{1,63}$/;

/**
 * What may be logged of an error: its class name and its code (a PostgreSQL SQLSTATE, a Node
 * `ERR_…`, a tRPC code). Never its message: a database or parser message may quote the value it
 * refused, and that value may be a child's name or date of birth.
 */
export function errorFacts(error: unknown): { error: string; code?: string } {
  if (!(error instanceof Error)) return { error: typeof error };
  const code = (error as { code?: unknown }).code;
  const name = /^[A-Za-z][A-Za-z0-9_]{0,63}$/.test(error.name) ? error.name : "Error";
  return typeof code === "string" && (SQLSTATE.test(code) || ERROR_CODE.test(code)) ? { error: name, code } : { error: name };
}

function write(level: LogLevel, event: string, fields?: LogFields): void {
  const stream = level === "info" ? process.stdout : process.stderr;
  stream.write(`${formatLogLine(level, event, fields)}\n`);
}

export const logger = {
  info: (event: string, fields?: LogFields) => write("info", event, fields),
  warn: (event: string, fields?: LogFields) => write("warn", event, fields),
  error: (event: string, fields?: LogFields) => write("error", event, fields),
};
