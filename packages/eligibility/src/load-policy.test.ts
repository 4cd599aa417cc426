import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { loadPolicy } from "./load-policy";
import { PolicyError } from "./policy-error";
import { resolvePreset } from "./resolve-policy";

const folder = mkdtempSync(join(tmpdir(), "pb-eligibility-"));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

function writePolicyFile(name: string, content: unknown): string {
  const path = join(folder, name);
  writeFileSync(path, typeof content === "string" ? content : JSON.stringify(content));
  return path;
}

function issuesOf(idOrPath: string): string[] {
  try {
    loadPolicy(idOrPath);
  } catch (error) {
    if (error instanceof PolicyError) return error.issues;
    throw error;
  }
  return [];
}

describe("loadPolicy", () => {
  it("loads a preset by id, without touching the file system", () => {
    expect(loadPolicy("surrey")).toBe(resolvePreset("surrey").policy);
  });

  it("loads a full policy file and a preset-shaped file", () => {
    const full = writePolicyFile("full.json", resolvePreset("plymouth").policy);
    expect(loadPolicy(full)).toEqual(resolvePreset("plymouth").policy);
    const shaped = writePolicyFile("shaped.json", {
      id: "new-council",
      name: "New Council",
      version: "1",
      document: "council",
      inherits: "surrey",
      finance: { remindersBeforeEscalation: 2, sources: { remindersBeforeEscalation: { document: "council", rule: "T4" } } },
    });
    expect(loadPolicy(shaped).finance).toMatchObject({ returnFrequency: "quarterly", remindersBeforeEscalation: 2 });
  });

  it("says what is wrong: an unknown id, a missing file, bad JSON, a bad policy", () => {
    expect(issuesOf("kent")).toEqual([
      'policy: unknown preset "kent" (presets: code-of-practice, hertfordshire, portsmouth, surrey, plymouth), and no file of that name',
    ]);
    expect(issuesOf(join(folder, "missing.json"))).toEqual([`policy: no such file ${join(folder, "missing.json")}`]);
    expect(issuesOf(folder)).toEqual([`policy: ${folder} is a directory, not a policy file`]);
    const broken = writePolicyFile("broken.json", "{ not json");
    expect(issuesOf(broken)[0]).toMatch(/^policy: .*broken\.json is not valid JSON/);
    const wrong = writePolicyFile("wrong.json", {
      id: "x",
      name: "X",
      version: "1",
      document: "council",
      inherits: "surrey",
      finance: { returnFrequency: "weekly" },
    });
    expect(issuesOf(wrong)).toEqual([
      'policy.finance.returnFrequency: must be one of monthly, quarterly, termly, annually (got "weekly")',
    ]);
  });
});
