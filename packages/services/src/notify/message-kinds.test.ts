import { describe, expect, it } from "vitest";
import { describeDeliveryStatus, describeOutboxStatus } from "./delivery-status";
import { LETTER_SOURCES } from "./letter-sources";
import { MESSAGE_KINDS, MESSAGE_KIND_CODES, suppliedFields } from "./message-kinds";

describe("MESSAGE_KINDS", () => {
  it("lists each kind once, under its own code, with distinct field names", () => {
    for (const code of MESSAGE_KIND_CODES) {
      expect(MESSAGE_KINDS[code].code).toBe(code);
      const names = MESSAGE_KINDS[code].fields.map((f) => f.name);
      expect(new Set(names).size).toBe(names.length);
    }
  });

  it("has the sender add the letter, and only to kinds that have a letter to attach", () => {
    for (const code of MESSAGE_KIND_CODES) {
      expect(suppliedFields(code)).not.toContain("letter");
      const kind = MESSAGE_KINDS[code];
      expect(kind.fields.some((f) => f.name === "letter")).toBe(kind.attachesLetter);
      if (kind.attachesLetter) expect(LETTER_SOURCES[code], code).toBeDefined();
    }
  });

  it("never asks for a child's name, date of birth or address", () => {
    for (const code of MESSAGE_KIND_CODES) for (const f of MESSAGE_KINDS[code].fields) expect(f.name).not.toMatch(/child_name|given|family_name|birth|address|postcode/);
  });
});

describe("status words", () => {
  it("says a message is not sent when there is no Notify key, and why a retry waits", () => {
    expect(describeOutboxStatus({ status: "pending", attempts: 0, lastError: null }, false)).toBe("Not sent (no Notify key)");
    expect(describeOutboxStatus({ status: "pending", attempts: 0, lastError: null }, true)).toBe("Waiting to send");
    expect(describeOutboxStatus({ status: "pending", attempts: 2, lastError: "Notify was unavailable (503)" }, true)).toBe("Not sent yet, will try again: Notify was unavailable (503)");
    expect(describeOutboxStatus({ status: "failed", attempts: 1, lastError: "Notify refused the message (400)" }, true)).toBe("Not sent: Notify refused the message (400)");
  });

  it("words Notify's delivery statuses, and one it has newly added as it is", () => {
    expect(describeDeliveryStatus("delivered")).toBe("Delivered");
    expect(describeDeliveryStatus(null)).toBeNull();
    expect(describeDeliveryStatus("something-new")).toBe('Notify says "something-new"');
  });
});
