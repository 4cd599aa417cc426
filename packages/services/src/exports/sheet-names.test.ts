import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { cutAtWord, nameSheets, SHEET_NAME_LIMIT } from "./sheet-names";

describe("sheet names", () => {
  it("keeps Excel's rules: at most 31 characters, none of []:*?/\\, each different", () => {
    expect(nameSheets(["About", "a/b:c*d?e[f]g\\h", "x".repeat(40), "x".repeat(40)])).toEqual(["About", "a b c d e f g h", "x".repeat(31), `${"x".repeat(29)} 2`]);
  });

  it("cuts a long title at a word, without a dangling word or comma", () => {
    expect(nameSheets([
      "Paid per month by funding stream, 2025-26",
      "EHC plans and personal budgets on 2026-03-31",
      "Personal health budgets in place at each quarter end, by type (NHS)",
      "Spend on direct payments by funding stream and financial year",
    ])).toEqual(["Paid per month by funding", "EHC plans and personal budgets", "Personal health budgets", "Spend on direct payments"]);
  });

  it("tells names apart ignoring case, cutting a repeat at a word to make room for its number", () => {
    expect(nameSheets(["Spend by stream", "spend by stream", "Committed, scheduled and paid per month", "Committed, scheduled and paid per week"]))
      .toEqual(["Spend by stream", "spend by stream 2", "Committed, scheduled and paid", "Committed, scheduled and paid 2"]);
  });

  it("never cuts mid-word where a word boundary fits, and never repeats a name", () => {
    const word = fc.stringMatching(/^[A-Za-z0-9]{1,12}$/);
    fc.assert(fc.property(fc.array(fc.array(word, { minLength: 1, maxLength: 10 }).map((w) => w.join(" ")), { minLength: 1, maxLength: 12 }), (titles) => {
      const names = nameSheets(titles);
      expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(names.length);
      names.forEach((name, i) => {
        expect(name.length).toBeLessThanOrEqual(SHEET_NAME_LIMIT);
        const base = name.replace(/ \d+$/, "");
        const title = titles[i] ?? "";
        // What is kept is whole words of the title: it is the title, or the title goes on from it at a space.
        expect(title === base || title.startsWith(`${base} `), `${title} → ${name}`).toBe(true);
      });
    }));
  });

  it("cuts one word longer than the limit, as there is no boundary to cut at", () => {
    expect(cutAtWord("Supercalifragilisticexpialidocious-and-more", 31)).toBe("Supercalifragilisticexpialidoci");
    expect(cutAtWord("Short", 31)).toBe("Short");
  });
});
