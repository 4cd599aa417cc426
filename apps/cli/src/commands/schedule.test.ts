import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { generateSchedule } from "@pb/budgets";
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

const year = { annualAmountPence: 1_200_000, frequency: "monthly", start: "2025-04-01", end: "2026-03-31" };

describe("pb schedule", () => {
  it("prints one schedule for one request", () => {
    const { status, stdout, stderr } = runPb(["schedule", "--request", "-"], JSON.stringify(year));
    expect(stderr).toBe("");
    expect(status).toBe(0);
    const schedule = JSON.parse(stdout);
    expect(schedule.totalPence).toBe(1_200_000);
    expect(schedule.instalments).toHaveLength(12);
    expect(schedule.instalments[0]).toEqual({ date: "2025-04-01", amountPence: 100_000 });
  });

  it("prints an array for an array, the same as generateSchedule, reading a file", () => {
    const requests = [
      year,
      { annualAmountPence: 100_000, frequency: "quarterly", start: "2025-11-30", end: "2026-11-29" },
      { annualAmountPence: 123_457, frequency: "four_weekly", start: "2024-01-15", end: "2024-06-30" },
      { annualAmountPence: 50_000, frequency: "one_off", start: "2025-06-10", end: "2025-06-10" },
    ];
    const file = join(mkdtempSync(join(tmpdir(), "pb-schedule-")), "requests.json");
    writeFileSync(file, JSON.stringify(requests));
    const { status, stdout } = runPb(["schedule", "--request", file]);
    expect(status).toBe(0);
    expect(JSON.parse(stdout)).toEqual(requests.map((r) => generateSchedule(r as Parameters<typeof generateSchedule>[0])));
  });

  it("prints [] for an empty array", () => {
    expect(runPb(["schedule", "--request", "-"], "[]").stdout).toBe("[]\n");
  });

  it.each([
    [[year, year, { ...year, end: "2025-03-31" }], "pb: [2].end: is before start"],
    [{ ...year, annualAmountPence: 100.5 }, "pb: annualAmountPence: must be a whole number of pence"],
    [{ ...year, annualAmountPence: -1 }, "pb: annualAmountPence: must be 0 or more"],
    [{ ...year, annualAmountPence: "1200000" }, "pb: annualAmountPence: must be a whole number of pence"],
    [{ ...year, frequency: "weekly" }, 'pb: frequency: must be one of "four_weekly", "monthly", "quarterly", "one_off"'],
    [{ ...year, start: "2025-02-30" }, "pb: start: 2025-02-30 is not a date in the calendar"],
    [{ ...year, end: "31/03/2026" }, "pb: end: must be a date written YYYY-MM-DD"],
    [{ annualAmountPence: 1, start: "2025-04-01", end: "2025-04-01" }, "pb: frequency: is required"],
    [[year, "monthly"], "pb: [1]: must be an object with annualAmountPence, frequency, start and end"],
  ])("exits 2 naming the field: %j", (request, message) => {
    const { status, stdout, stderr } = runPb(["schedule", "--request", "-"], JSON.stringify(request));
    expect(status).toBe(2);
    expect(stdout).toBe("");
    expect(stderr.split("\n")).toContain(message);
  });

  it("exits 2 for unreadable or missing input", () => {
    const notJson = runPb(["schedule", "--request", "-"], "{ not json");
    expect(notJson.status).toBe(2);
    expect(notJson.stderr).toMatch(/^pb: --request: is not valid JSON/);
    const missing = runPb(["schedule", "--request", "/nonexistent/requests.json"]);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/^pb: --request: cannot read \/nonexistent\/requests.json/);
    const noFlag = runPb(["schedule"]);
    expect(noFlag.status).toBe(2);
    expect(noFlag.stderr).toMatch(/^pb: --request: is required\nusage: pb schedule --request <file or ->/);
  });
});
