import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { CheckInput, checkRequest, resolvePreset } from "@pb/eligibility";
import { beforeAll, describe, expect, it } from "vitest";

const repoRoot = resolve(import.meta.dirname, "../../../..");
const folder = mkdtempSync(join(tmpdir(), "pb-check-"));

function runPb(args: string[], input?: string) {
  const result = spawnSync(process.execPath, ["apps/cli/bin/pb.mjs", ...args], {
    cwd: repoRoot,
    input,
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function writeJson(name: string, value: unknown): string {
  const path = join(folder, name);
  writeFileSync(path, typeof value === "string" ? value : JSON.stringify(value));
  return path;
}

// The first call may rebuild the bundle; a build racing another test file's can fail once, so retry.
beforeAll(() => {
  for (let attempt = 0; attempt < 3 && runPb([]).status !== 2; attempt++);
}, 120_000);

const request = {
  asOf: "2025-03-01",
  child: {
    dateOfBirth: "2012-05-10",
    plans: [{ type: "ehcp", status: "final" }],
    continuingCareEligible: false,
    shortBreaksLevel: null,
    transportEntitled: true,
    youngPersonHasCapacity: null,
  },
  request: {
    stream: "education",
    service: "specialist_equipment",
    arrangement: "direct_payment",
    stage: "annual_review",
    recipient: "parent",
    onSchoolPremises: false,
    schoolAgreed: null,
    needIdentifiedByProfessional: null,
    annualCostPence: 120_000,
    commissionedCostPence: 150_000,
    linkedOutcomes: ["Uses a communication aid in class"],
  },
};

/** A varied request: every stream, arrangement and unknown answer turns up across the array. */
function vary(i: number) {
  const [stream, service] = (
    [
      ["education", "tutoring"],
      ["social_care", "personal_assistant"],
      ["health", "continuing_care_package"],
      ["transport", "home_to_school_transport"],
    ] as const
  )[i % 4] ?? ["education", "tutoring"];
  const directPayment = i % 3 === 0;
  return {
    ...request,
    child: {
      ...request.child,
      shortBreaksLevel: i % 4,
      continuingCareEligible: i % 2 === 0,
      plans: ["ehcp", "child_in_need", "health_care_support"].map((type, k) => ({
        type,
        status: k === i % 5 ? "ceased" : "final",
      })),
    },
    request: {
      ...request.request,
      stream,
      service,
      arrangement: directPayment ? "direct_payment" : "organised",
      recipient: directPayment ? "parent" : null,
      stage: i % 5 === 0 ? "other" : "annual_review",
      schoolAgreed: [true, false, null][i % 3],
      commissionedCostPence: i % 7 === 0 ? null : 150_000,
    },
  };
}

const expectedFor = (policyId: string, item: unknown) => checkRequest(resolvePreset(policyId).policy, CheckInput.parse(item));

describe("pb check", () => {
  it("prints one result for one request, read from standard input", () => {
    const { status, stdout, stderr } = runPb(["check", "--policy", "surrey", "--request", "-"], JSON.stringify(request));
    expect(stderr).toBe("");
    expect(status).toBe(0);
    expect(JSON.parse(stdout)).toEqual({
      outcome: "conditional",
      reasons: [
        {
          code: "PROFESSIONAL_IDENTIFICATION_REQUIRED",
          message:
            "A professional, such as a therapist or occupational therapist, still needs to confirm the need for specialist equipment for the child.",
          source: "Surrey personal budgets policy (002), R6",
        },
      ],
    });
  });

  it("prints an array of results in order for an array, the same as checkRequest", () => {
    const requests = Array.from({ length: 12 }, (_, i) => vary(i));
    const { status, stdout } = runPb(["check", "--policy", "plymouth", "--request", writeJson("twelve.json", requests)]);
    expect(status).toBe(0);
    expect(JSON.parse(stdout)).toEqual(requests.map((item) => expectedFor("plymouth", item)));
  });

  it("checks 10,000 requests in one run", () => {
    const requests = Array.from({ length: 10_000 }, (_, i) => vary(i));
    const { status, stdout, stderr } = runPb([
      "check",
      "--policy",
      "hertfordshire",
      "--request",
      writeJson("ten-thousand.json", requests),
    ]);
    expect(stderr).toBe("");
    expect(status).toBe(0);
    const results = JSON.parse(stdout) as { outcome: string }[];
    expect(results).toHaveLength(10_000);
    expect(new Set(results.map((r) => r.outcome))).toEqual(new Set(["eligible", "conditional", "ineligible"]));
    expect(results[9_999]).toEqual(expectedFor("hertfordshire", requests[9_999]));
  }, 60_000);

  it("gives a young person of 18 to 25 eligible for continuing care a health budget not refused for age, under every preset", () => {
    // R4: children's continuing care to 18, adults' continuing healthcare from 18; a personal budget to 25.
    const adult = (dateOfBirth: string) => ({
      asOf: "2026-12-07",
      child: { dateOfBirth, plans: [{ type: "ehcp", status: "final" }], continuingCareEligible: true, shortBreaksLevel: null, transportEntitled: false, youngPersonHasCapacity: true },
      request: { stream: "health", service: "continuing_care_package", arrangement: "organised", stage: "annual_review", recipient: null, onSchoolPremises: false, schoolAgreed: null, needIdentifiedByProfessional: null, annualCostPence: 100_000, commissionedCostPence: 200_000, linkedOutcomes: ["H1"] },
    });
    for (const preset of ["code-of-practice", "hertfordshire", "portsmouth", "surrey", "plymouth"]) {
      const body = JSON.stringify([adult("2008-06-01"), adult("2005-03-04"), adult("2001-12-08")]);
      const { status, stdout } = runPb(["check", "--policy", preset, "--request", "-"], body);
      expect(status).toBe(0);
      const results = JSON.parse(stdout) as { reasons: { code: string }[] }[];
      expect(results.map((r) => r.reasons.some((reason) => reason.code === "AGE_OUT_OF_RANGE"))).toEqual([false, false, false]);
    }
  });

  it("prints [] for an empty array", () => {
    expect(runPb(["check", "--policy", "surrey", "--request", "-"], "[]").stdout).toBe("[]\n");
  });

  it("takes a policy file: a preset-shaped file that inherits a preset", () => {
    const policy = writeJson("council.json", {
      id: "new-council",
      name: "New Council",
      version: "1",
      document: "council",
      inherits: "surrey",
      streams: { education: { services: { specialist_equipment: { requires: null } } } },
    });
    const { status, stdout } = runPb(["check", "--policy", policy, "--request", "-"], JSON.stringify(request));
    expect(status).toBe(0);
    expect(JSON.parse(stdout)).toEqual({ outcome: "eligible", reasons: [] });
  });

  it("exits 2 naming the field and why, printing nothing on stdout", () => {
    const requests = [request, request, request, { ...request, child: { ...request.child, dateOfBirth: "2024-02-30" } }];
    const { status, stdout, stderr } = runPb(["check", "--policy", "surrey", "--request", "-"], JSON.stringify(requests));
    expect(status).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toBe("pb: request[3].child.dateOfBirth: not a real date (2024-02-30)\n");
  });

  it("names every wrong field of a single request, including unknown ones and unknown services", () => {
    const bad = { ...request, colour: "red", request: { ...request.request, service: "tutorng", recipient: null } };
    const { status, stderr } = runPb(["check", "--policy", "surrey", "--request", "-"], JSON.stringify(bad));
    expect(status).toBe(2);
    expect(stderr.split("\n").filter(Boolean).sort()).toEqual(
      [
        "pb: request.colour: unknown field",
        "pb: request.request.recipient: is required for a direct payment: parent, young_person or nominee",
        'pb: request.request.service: unknown service "tutorng"',
      ].sort(),
    );
  });

  it("stops after 20 problems, saying how many more there are", () => {
    const requests = Array.from({ length: 25 }, () => ({ ...request, asOf: "yesterday" }));
    const { status, stderr } = runPb(["check", "--policy", "surrey", "--request", "-"], JSON.stringify(requests));
    expect(status).toBe(2);
    const lines = stderr.split("\n").filter(Boolean);
    expect(lines).toHaveLength(21);
    expect(lines[0]).toBe('pb: request[0].asOf: must be a date written YYYY-MM-DD (got "yesterday")');
    expect(lines[20]).toBe("pb: … and 5 more");
  });

  it("exits 2 for an unknown preset, a bad policy file, bad JSON and missing flags", () => {
    const body = JSON.stringify(request);
    expect(runPb(["check", "--policy", "kent", "--request", "-"], body)).toMatchObject({
      status: 2,
      stderr:
        'pb: policy: unknown preset "kent" (presets: code-of-practice, hertfordshire, portsmouth, surrey, plymouth), and no file of that name\n',
    });
    const badPolicy = writeJson("bad-policy.json", {
      id: "x",
      name: "X",
      version: "1",
      document: "council",
      inherits: "surrey",
      timeLimits: { reviewRequest: { n: -1 } },
    });
    expect(runPb(["check", "--policy", badPolicy, "--request", "-"], body)).toMatchObject({
      status: 2,
      stderr: "pb: policy.timeLimits.reviewRequest.n: must be a whole number of 0 or more (got -1)\n",
    });
    expect(runPb(["check", "--policy", "surrey", "--request", "-"], "{ not json")).toMatchObject({ status: 2, stdout: "" });
    expect(runPb(["check", "--policy", "surrey", "--request", join(folder, "missing.json")]).stderr).toContain(
      "--request: cannot read",
    );
    expect(runPb(["check", "--request", "-"], body)).toMatchObject({
      status: 2,
      stderr: expect.stringContaining("--policy: is required"),
    });
    expect(runPb(["check", "--policy", "surrey"])).toMatchObject({
      status: 2,
      stderr: expect.stringContaining("--request: is required"),
    });
  });
});
