import { describe, expect, it } from "vitest";
import { checkFamilyContact, isEmailShape, listChangedContactFields, normalisePostcode, type FamilyContactFields } from "./contact-rules";

const none: FamilyContactFields = { addressee: null, email: null, addressLines: [], postcode: null };

describe("an email's shape", () => {
  it("takes what Notify sends to", () => {
    for (const ok of ["parent@example.com", "first.last+school@mail.example.co.uk", "o'brien@example.org", "a@xn--bcher-kva.example"]) expect(isEmailShape(ok), ok).toBe(true);
  });
  it("refuses what Notify would refuse", () => {
    for (const bad of ["", "parent", "parent@", "@example.com", "parent@example", "par ent@example.com", "a..b@example.com", "parent@example.c", "parent@-example.com", "parent@example.123", "pa(rent)@example.com", `${"a".repeat(65)}@example.com`])
      expect(isEmailShape(bad), bad).toBe(false);
  });
});

describe("a UK postcode's shape", () => {
  it("writes each outward form with one space before the inward code, in capitals", () => {
    expect(normalisePostcode("sw1a1aa")).toBe("SW1A 1AA");
    expect(normalisePostcode(" m1 1ae ")).toBe("M1 1AE");
    expect(normalisePostcode("B33 8TH")).toBe("B33 8TH");
    expect(normalisePostcode("cr2 6xh")).toBe("CR2 6XH");
    expect(normalisePostcode("DN55 1PT")).toBe("DN55 1PT");
    expect(normalisePostcode("W1A 0AX")).toBe("W1A 0AX");
    expect(normalisePostcode("gir 0aa")).toBe("GIR 0AA");
  });
  it("refuses what is not one", () => {
    for (const bad of ["", "SW1A", "12345", "SW1A 1A", "SW1A 1AAA", "1AA 1AA", "SW1A 1CI", "ABC1 1AA", "SW1A-1AA"]) expect(normalisePostcode(bad), bad).toBeNull();
  });
});

describe("checking a family's contact details", () => {
  it("keeps them trimmed, empty lines dropped, the email's domain in lower case and the postcode in Royal Mail's form", () => {
    const checked = checkFamilyContact({ addressee: "  Mr and Mrs Okafor ", email: " Parent.One@Example.COM ", addressLines: [" 1 High Street", "", "  Guildford "], postcode: "gu1 4aa" });
    expect(checked).toEqual({ ok: true, value: { addressee: "Mr and Mrs Okafor", email: "Parent.One@example.com", addressLines: ["1 High Street", "Guildford"], postcode: "GU1 4AA" } });
  });
  it("lets a family give nothing, an email alone or an address alone", () => {
    expect(checkFamilyContact({ addressee: " ", email: "", addressLines: ["  "], postcode: "" })).toEqual({ ok: true, value: none });
    expect(checkFamilyContact({ ...none, email: "a@example.com" }).ok).toBe(true);
    expect(checkFamilyContact({ ...none, addressLines: ["1 High Street"], postcode: "GU1 4AA" }).ok).toBe(true);
  });
  it("names the field of each problem, and never repeats what was typed", () => {
    const typed = { addressee: "Someone Secret", email: "not-an-email@nowhere", addressLines: ["1 Hidden Lane"], postcode: "HIDDEN" };
    const checked = checkFamilyContact(typed);
    expect(checked.ok).toBe(false);
    if (checked.ok) return;
    expect(checked.issues.map((i) => i.field)).toEqual(["email", "postcode"]);
    for (const value of ["Someone Secret", "not-an-email", "nowhere", "Hidden Lane", "HIDDEN"]) expect(JSON.stringify(checked.issues)).not.toContain(value);
  });
  it("refuses half an address: lines without a postcode, a postcode without lines, an addressee without either", () => {
    const fields = (input: FamilyContactFields) => {
      const checked = checkFamilyContact(input);
      return checked.ok ? [] : checked.issues.map((i) => i.field);
    };
    expect(fields({ ...none, addressLines: ["1 High Street"] })).toEqual(["postcode"]);
    expect(fields({ ...none, postcode: "GU1 4AA" })).toEqual(["addressLines"]);
    expect(fields({ ...none, addressee: "Mr Okafor", email: "a@example.com" })).toEqual(["addressLines"]);
  });
  it("holds an address to what a Notify letter can print", () => {
    const six = ["1", "2", "3", "4", "5", "6"];
    const checked = checkFamilyContact({ ...none, addressLines: six, postcode: "GU1 4AA" });
    expect(checked.ok ? [] : checked.issues).toEqual([{ field: "addressLines", message: "must be at most 5 lines besides the postcode" }]);
    const long = checkFamilyContact({ ...none, addressLines: ["1", "x".repeat(101)], postcode: "GU1 4AA" });
    expect(long.ok ? [] : long.issues).toEqual([{ field: "addressLines", message: "line 2 must be at most 100 characters" }]);
  });
});

describe("what a change names", () => {
  it("names the fields changed, never their values", () => {
    const before: FamilyContactFields = { addressee: null, email: "a@example.com", addressLines: ["1 High Street"], postcode: "GU1 4AA" };
    expect(listChangedContactFields(before, { ...before, email: "b@example.com", postcode: "GU2 4AA" })).toEqual(["email", "postcode"]);
    expect(listChangedContactFields(before, before)).toEqual([]);
  });
});
