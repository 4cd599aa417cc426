import { describe, expect, it } from "vitest";
import { MIN_SECRET_LENGTH, parseConsoleEnv, publicUrlFrom } from "./env-schema";

const secret = "s".repeat(MIN_SECRET_LENGTH);

describe("the console's environment", () => {
  it("refuses to serve in production without a signing secret, or with a short one", () => {
    expect(() => parseConsoleEnv({ NODE_ENV: "production" })).toThrow(/NEXTAUTH_SECRET: is required in production/);
    expect(() => parseConsoleEnv({ NODE_ENV: "production", NEXTAUTH_SECRET: "short" })).toThrow(/NEXTAUTH_SECRET: must be at least 32 characters/);
    expect(parseConsoleEnv({ NODE_ENV: "production", NEXTAUTH_SECRET: secret }).authSecret).toBe(secret);
    expect(parseConsoleEnv({ NODE_ENV: "production", AUTH_SECRET: secret }).authSecret).toBe(secret);
  });

  it("lets `next build` and development run without one", () => {
    expect(parseConsoleEnv({ NODE_ENV: "production", NEXT_PHASE: "phase-production-build" }).production).toBe(true);
    expect(parseConsoleEnv({ NODE_ENV: "development" }).authSecret).toBe("");
  });

  it("names every variable that is wrong, at once", () => {
    const wrong = () => parseConsoleEnv({ DATABASE_URL: "mysql://x", PB_TRUST_PROXY: "yes", NEXTAUTH_URL: "ftp://x", PORT: "eighty", PB_OIDC_RECHECK_SECONDS: "soon" });
    expect(wrong).toThrow(/DATABASE_URL: must be a postgres or postgresql URL/);
    expect(wrong).toThrow(/PB_TRUST_PROXY: must be the number of proxies/);
    expect(wrong).toThrow(/NEXTAUTH_URL: must be a http or https URL/);
    expect(wrong).toThrow(/PORT: must be a port number/);
    expect(wrong).toThrow(/PB_OIDC_RECHECK_SECONDS: must be a number of seconds/);
  });

  it("reads the settings, treating empty as unset", () => {
    const env = parseConsoleEnv({ DATABASE_URL: "postgres://app@db/pb", PB_TRUST_PROXY: "1", PB_DATA_DIR: "", PORT: "4000" });
    expect(env).toMatchObject({ databaseUrl: "postgres://app@db/pb", trustedProxies: 1, dataDir: undefined, production: false, publicUrl: "http://localhost:4000", oidcRecheckSeconds: 60 });
    expect(publicUrlFrom({ NEXTAUTH_URL: "https://pb.council.gov.uk" })).toBe("https://pb.council.gov.uk");
  });
});
