import { z } from "zod";

// What the console reads from its environment, checked once at start: a wrong value stops the server with
// the variable named, rather than surfacing later as a 500 or, worse, an empty signing secret.

const optionalText = z
  .string()
  .trim()
  .transform((v) => v || undefined)
  .optional();

const url = (name: string, schemes: readonly string[]) =>
  optionalText.refine((v) => v === undefined || (URL.canParse(v) && schemes.includes(new URL(v).protocol.slice(0, -1))), `${name}: must be a ${schemes.join(" or ")} URL`);

export const consoleEnvSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).optional(),
  /** Set by `next build` while it renders: nothing is served then, so nothing is required. */
  NEXT_PHASE: optionalText,
  DATABASE_URL: url("DATABASE_URL", ["postgres", "postgresql"]),
  PB_DATA_DIR: optionalText,
  NEXTAUTH_SECRET: optionalText,
  AUTH_SECRET: optionalText,
  NEXTAUTH_URL: url("NEXTAUTH_URL", ["http", "https"]),
  PORT: optionalText.refine((v) => v === undefined || /^\d{1,5}$/.test(v), "PORT: must be a port number"),
  PB_TRUST_PROXY: optionalText.refine((v) => v === undefined || /^\d{1,2}$/.test(v), "PB_TRUST_PROXY: must be the number of proxies in front of the console, e.g. 1 (or unset)"),
  PB_BANK_DETAILS_KEY: optionalText,
  PB_SIGN_IN_SECRETS_KEY: optionalText,
  /** How long a re-check of a provider's session stands before the provider is asked again (0: every request). */
  PB_OIDC_RECHECK_SECONDS: optionalText.refine((v) => v === undefined || /^\d{1,5}$/.test(v), "PB_OIDC_RECHECK_SECONDS: must be a number of seconds, e.g. 60 (0: ask the provider on every request)"),
  NOTIFY_API_KEY: optionalText,
  /** Only for a test server with Notify's API; unset, the client talks to GOV.UK Notify itself. */
  NOTIFY_BASE_URL: url("NOTIFY_BASE_URL", ["http", "https"]),
});

export type ConsoleEnvSource = z.input<typeof consoleEnvSchema>;

export type ConsoleEnv = {
  databaseUrl: string | null;
  production: boolean;
  dataDir: string | undefined;
  authSecret: string;
  publicUrl: string;
  trustedProxies: number;
  bankDetailsKey: string | undefined;
  signInSecretsKey: string | undefined;
  oidcRecheckSeconds: number;
  notifyApiKey: string | null;
  notifyBaseUrl: string | null;
};

/** The console's public address: NEXTAUTH_URL, else localhost on PORT. */
export function publicUrlFrom(source: { NEXTAUTH_URL?: string; PORT?: string }): string {
  return source.NEXTAUTH_URL?.trim() || `http://localhost:${source.PORT?.trim() || 3000}`;
}

/** How many proxies of the host's own stand in front of the console (PB_TRUST_PROXY); 0 when unset. */
export function trustedProxiesFrom(source: { PB_TRUST_PROXY?: string }): number {
  const value = source.PB_TRUST_PROXY?.trim();
  if (!value) return 0;
  if (!/^\d{1,2}$/.test(value)) throw new Error("PB_TRUST_PROXY: must be the number of proxies in front of the console, e.g. 1 (or unset)");
  return Number(value);
}

// The shortest secret a production console accepts: 32 characters, as `openssl rand -base64 32` gives 44.
export const MIN_SECRET_LENGTH = 32;

/** The console's settings from an environment; throws one error naming every variable that is wrong. */
export function parseConsoleEnv(source: Record<string, string | undefined>): ConsoleEnv {
  const parsed = consoleEnvSchema.safeParse(source);
  if (!parsed.success) throw new Error(`The console's environment is not usable:\n${parsed.error.issues.map((i) => `- ${i.message}`).join("\n")}`);
  const e = parsed.data;
  const production = e.NODE_ENV === "production";
  const secret = e.NEXTAUTH_SECRET ?? e.AUTH_SECRET ?? "";
  // Building is not serving: `next build` runs in production mode, and sign-in is not used until the server starts.
  if (production && e.NEXT_PHASE !== "phase-production-build" && secret.length < MIN_SECRET_LENGTH)
    throw new Error(
      `The console's environment is not usable:\n- NEXTAUTH_SECRET: ${secret ? `must be at least ${MIN_SECRET_LENGTH} characters` : "is required in production"} (make one with: openssl rand -base64 32)`,
    );
  return {
    databaseUrl: e.DATABASE_URL ?? null,
    production,
    dataDir: e.PB_DATA_DIR,
    authSecret: secret,
    publicUrl: publicUrlFrom(e),
    trustedProxies: trustedProxiesFrom(e),
    bankDetailsKey: e.PB_BANK_DETAILS_KEY,
    signInSecretsKey: e.PB_SIGN_IN_SECRETS_KEY,
    oidcRecheckSeconds: Number(e.PB_OIDC_RECHECK_SECONDS ?? 60),
    notifyApiKey: e.NOTIFY_API_KEY ?? null,
    notifyBaseUrl: e.NOTIFY_BASE_URL ?? null,
  };
}
