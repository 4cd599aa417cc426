import { spawnSync } from "node:child_process";
import { resolve } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";

const repoRoot = resolve(import.meta.dirname, "../../..");
const runPb = (args: string[]) => spawnSync(process.execPath, ["apps/cli/bin/pb.mjs", ...args], { cwd: repoRoot, encoding: "utf8" });

// The first call may rebuild the bundle; a build racing another test file's can fail once, so retry.
beforeAll(() => {
  for (let attempt = 0; attempt < 3 && runPb([]).status !== 2; attempt++);
}, 120_000);

describe("pb's list of commands", () => {
  it("is printed to standard output, ending well, when help is asked for", () => {
    for (const ask of ["--help", "-h", "help"]) {
      const { status, stdout, stderr } = runPb([ask]);
      expect([status, stderr], ask).toEqual([0, ""]);
      expect(stdout).toMatch(/^usage: pb <command>\n/);
      for (const command of ["check", "deadline", "schedule", "migrate", "seed", "audit", "backup", "restore", "release", "bench"]) expect(stdout).toContain(`pb ${command}`);
    }
  });

  it("is an error on standard error for an unknown command or none", () => {
    const unknown = runPb(["frobnicate"]);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('unknown command "frobnicate"');
    expect(runPb([]).stderr).toMatch(/^pb: usage: pb <command>/);
  });

  it("refuses a flag the command does not know, naming it, rather than ignoring it", () => {
    const typo = runPb(["seed", "--scal", "national"]);
    expect([typo.status, typo.stderr]).toEqual([2, "pb: seed: --scal: unknown flag (flags: --scale)\n"]);
  });
});
