import { describe, expect, it } from "vitest";
import { chooseChannel, postalAddress } from "./choose-channel";
import { MESSAGE_KINDS } from "./message-kinds";

const family = MESSAGE_KINDS.decision_letter;
const staff = MESSAGE_KINDS.user_invitation;
const address = { addressee: "Ms A Parent", email: null, addressLines: ["1 High Street", "Guildford"], postcode: "GU1 1AA" };

describe("chooseChannel", () => {
  it("emails a family that gave an email address, even when a postal address is known too", () => {
    expect(chooseChannel(family, { recipientEmail: null, contact: { ...address, email: " parent@example.org " }, hasLetterPdf: true })).toEqual({ channel: "email", email: "parent@example.org" });
  });

  it("posts a precompiled letter to a family with only a postal address, the postcode last", () => {
    expect(chooseChannel(family, { recipientEmail: null, contact: address, hasLetterPdf: true })).toEqual({ channel: "letter", address: ["Ms A Parent", "1 High Street", "Guildford", "GU1 1AA"] });
  });

  it("says why it cannot send: no contact details, an address Notify could not post to, or no letter to post", () => {
    expect(chooseChannel(family, { recipientEmail: null, contact: null, hasLetterPdf: true })).toMatchObject({ channel: null, problem: expect.stringContaining("no email address or full postal address") });
    expect(chooseChannel(family, { recipientEmail: null, contact: { ...address, postcode: null }, hasLetterPdf: true }).channel).toBeNull();
    expect(chooseChannel(MESSAGE_KINDS.review_reminder, { recipientEmail: null, contact: address, hasLetterPdf: false })).toMatchObject({ channel: null, problem: expect.stringContaining("not yet sent by post") });
  });

  it("sends a staff message to its recipient, never to a family's contact", () => {
    expect(chooseChannel(staff, { recipientEmail: "officer@council.example", contact: { ...address, email: "parent@example.org" }, hasLetterPdf: false })).toEqual({ channel: "email", email: "officer@council.example" });
    expect(chooseChannel(staff, { recipientEmail: null, contact: null, hasLetterPdf: false }).channel).toBeNull();
  });
});

describe("postalAddress", () => {
  it("needs three to seven lines with a postcode, blank lines dropped", () => {
    expect(postalAddress({ addressee: "A", email: null, addressLines: ["", "  "], postcode: "GU1 1AA" })).toBeNull();
    expect(postalAddress({ addressee: "A", email: null, addressLines: ["1 Road", " "], postcode: "GU1 1AA" })).toEqual(["A", "1 Road", "GU1 1AA"]);
    expect(postalAddress({ addressee: "A", email: null, addressLines: ["1", "2", "3", "4", "5", "6"], postcode: "GU1 1AA" })).toBeNull();
  });
});
