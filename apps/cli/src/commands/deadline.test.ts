import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";

const repoRoot = resolve(import.meta.dirname, "../../../..");

function runPb(args: string[], input?: string) {
  const result = spawnSync(process.execPath, ["apps/cli/bin/pb.mjs", ...args], { cwd: repoRoot, input, encoding: "utf8" });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

// The first call may rebuild the bundle; a build racing another test file's can fail once, so retry.
beforeAll(() => {
  for (let attempt = 0; attempt < 3 && runPb([]).status !== 2; attempt++);
}, 120_000);

const deadline = (request: unknown, policy?: string) =>
  runPb(["deadline", ...(policy ? ["--policy", policy] : []), "--request", "-"], JSON.stringify(request));

describe("pb deadline, arithmetic without a policy", () => {
  it("adds working days across Christmas and New Year", () => {
    const { status, stdout, stderr } = deadline({ from: "2025-12-19", add: { n: 10, unit: "working_days" } });
    expect(stderr).toBe("");
    expect(status).toBe(0);
    expect(JSON.parse(stdout)).toEqual({
      due: "2026-01-07",
      rule: "10 working days after 2025-12-19",
      source: "England and Wales bank holidays",
    });
  });

  it("answers an array in order, one result per object", () => {
    const { status, stdout } = deadline([
      { from: "2026-04-02", add: { n: 1, unit: "working_days" } },
      { from: "2025-01-31", add: { n: 1, unit: "months" } },
      { from: "2024-02-29", add: { n: 1, unit: "years" } },
      { from: "2025-12-19", add: { n: 15, unit: "days" } },
      { from: "2025-12-19", add: { n: 2, unit: "weeks" } },
    ]);
    expect(status).toBe(0);
    expect(JSON.parse(stdout).map((d: { due: string }) => d.due)).toEqual([
      "2026-04-07",
      "2025-02-28",
      "2025-02-28",
      "2026-01-03",
      "2026-01-02",
    ]);
  });

  it.each([
    [
      { from: "2025-12-19", add: { n: 10, unit: "fortnights" } },
      'pb: add.unit: must be one of "days", "working_days", "weeks", "months", "years"',
    ],
    [{ from: "2025-12-19", add: { n: -1, unit: "days" } }, "pb: add.n: must be 0 or more"],
    [{ from: "2025-12-19", add: { n: 1.5, unit: "days" } }, "pb: add.n: must be a whole number"],
    [{ from: "2025-02-29", add: { n: 1, unit: "days" } }, "pb: from: 2025-02-29 is not a date in the calendar"],
    [{ add: { n: 1, unit: "days" } }, "pb: from: is required"],
    [
      [
        { from: "2025-12-19", add: { n: 1, unit: "days" } },
        { from: "2025-12-19", kind: "annual_reviews" },
      ],
      "pb: [1].kind: must be one of",
    ],
    [
      { from: "2025-12-19", kind: "annual_review", add: { n: 1, unit: "days" } },
      'pb: add: give either "kind" or "add", not both',
    ],
    [
      { from: "2035-12-20", add: { n: 20, unit: "working_days" } },
      "pb: from: No England and Wales bank holiday data for 2036-01-01",
    ],
    [{ from: "2025-12-19", kind: "review_request" }, "pb: kind: needs --policy <preset id or policy JSON file>"],
  ])("exits 2 naming the field: %j", (request, message) => {
    const { status, stdout, stderr } = deadline(request);
    expect(status).toBe(2);
    expect(stdout).toBe("");
    expect(stderr.split("\n").some((line) => line.startsWith(message))).toBe(true);
  });

  it("exits 2 without --request", () => {
    const { status, stderr } = runPb(["deadline"]);
    expect(status).toBe(2);
    expect(stderr).toMatch(/^pb: --request: is required\nusage: pb deadline/);
  });
});

describe("pb deadline with a policy", () => {
  it("takes each kind's time limit from a preset", () => {
    const { status, stdout, stderr } = deadline(
      [
        { kind: "review_request", from: "2025-06-02" },
        { kind: "review_decision", from: "2025-12-15" },
        { kind: "cessation_notice", from: "2025-02-14" },
        { kind: "annual_review", from: "2024-02-29" },
        { kind: "policy_review", from: "2024-04-01" },
        { from: "2025-12-19", add: { n: 10, unit: "working_days" } },
      ],
      "surrey",
    );
    expect(stderr).toBe("");
    expect(status).toBe(0);
    const results = JSON.parse(stdout);
    expect(results[0]).toEqual({
      due: "2025-06-17",
      rule: "The family may ask for a review within 15 days of being told the decision (T7)",
      source: "Surrey personal budgets policy (002), T7",
    });
    expect(results.map((r: { due: string }) => r.due)).toEqual([
      "2025-06-17",
      "2026-01-12",
      "2025-03-14",
      "2025-02-28",
      "2027-04-01",
      "2026-01-07",
    ]);
  });

  it("reads a policy file, citing the council's own rules by its name", () => {
    const file = join(mkdtempSync(join(tmpdir(), "pb-deadline-")), "policy.json");
    const policy = {
      id: "test-council",
      name: "Test Council",
      version: "1.0.0",
      document: "council",
      inherits: "surrey",
      timeLimits: { returnDue: { n: 10, unit: "working_days", source: { document: "council", rule: "T4" } } },
    };
    writeFileSync(file, JSON.stringify(policy));
    const { status, stdout } = deadline({ kind: "return_due", from: "2025-12-31" }, file);
    expect(status).toBe(0);
    expect(JSON.parse(stdout)).toEqual({
      due: "2026-01-15",
      rule: "The return is due within 10 working days of the end of the return period (T4)",
      source: "Test Council local policy, T4",
    });
  });

  it("exits 2 with a clear message for a kind the policy does not set", () => {
    const { status, stdout, stderr } = deadline(
      [
        { kind: "review_request", from: "2025-06-02" },
        { kind: "return_due", from: "2025-06-30" },
      ],
      "surrey",
    );
    expect(status).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toBe("pb: [1].kind: The policy does not set a time limit for return_due (timeLimits.returnDue)\n");
  });

  it("exits 2 for a policy that cannot be loaded", () => {
    const { status, stderr } = deadline({ kind: "review_request", from: "2025-06-02" }, "nowhere");
    expect(status).toBe(2);
    expect(stderr).toMatch(/^pb: policy: unknown preset "nowhere"/);
  });
});
