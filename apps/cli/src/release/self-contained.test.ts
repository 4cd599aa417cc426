import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { linksLeaving } from "./self-contained";

describe("linksLeaving", () => {
  let work: string;
  afterEach(() => rmSync(work, { recursive: true, force: true }));

  it("passes links that stay in the folder (pnpm's layout) and names those that leave it or are absolute", () => {
    work = mkdtempSync(join(tmpdir(), "pb-links-"));
    const folder = join(work, "release");
    mkdirSync(join(folder, "node_modules", ".pnpm", "pg@8", "node_modules", "pg"), { recursive: true });
    mkdirSync(join(folder, "app", "node_modules"), { recursive: true });
    writeFileSync(join(work, "outside.js"), "");
    symlinkSync("../../node_modules/.pnpm/pg@8/node_modules/pg", join(folder, "app", "node_modules", "pg"));
    symlinkSync("../../../outside.js", join(folder, "app", "node_modules", "escapes"));
    symlinkSync(join(folder, "node_modules"), join(folder, "app", "absolute"));
    expect(linksLeaving(folder).sort()).toEqual([join("app", "absolute"), join("app", "node_modules", "escapes")]);
  });
});
