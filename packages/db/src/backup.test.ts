import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { backupFileKind, libpqEnvironment } from "./backup";

describe("the connection handed to pg_dump and pg_restore", () => {
  it("goes through libpq's environment, the password decoded, so nothing secret is on the command line", () => {
    expect(libpqEnvironment("postgres://pb%20owner:s%3Acret%40x@db.example:6543/pb_live?sslmode=verify-full")).toEqual({
      PGHOST: "db.example", PGPORT: "6543", PGUSER: "pb owner", PGPASSWORD: "s:cret@x", PGDATABASE: "pb_live", PGSSLMODE: "verify-full",
    });
  });

  it("takes a socket directory from ?host= and leaves out what the URL does not say", () => {
    expect(libpqEnvironment("postgres:///pb?host=/var/run/postgresql")).toEqual({ PGHOST: "/var/run/postgresql", PGDATABASE: "pb" });
  });
});

describe("telling a backup file's kind", () => {
  const dir = mkdtempSync(join(tmpdir(), "pb-backup-kind-"));
  const file = (name: string, bytes: number[] | string) => {
    const path = join(dir, name);
    writeFileSync(path, typeof bytes === "string" ? bytes : Buffer.from(bytes));
    return path;
  };

  it("knows pg_dump's custom format, PGlite's gzipped tarball, and neither", () => {
    expect(backupFileKind(file("a.dump", "PGDMP\u0001\u000e"))).toBe("postgres");
    expect(backupFileKind(file("b.tar.gz", [0x1f, 0x8b, 8, 0, 0, 0]))).toBe("pglite");
    expect(backupFileKind(file("c.sql", "-- PostgreSQL database dump"))).toBe("unknown");
    expect(backupFileKind(file("d.empty", ""))).toBe("unknown");
  });
});
