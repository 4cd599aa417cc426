import { spawnSync } from "node:child_process";
import { resolve } from "node:path";
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
