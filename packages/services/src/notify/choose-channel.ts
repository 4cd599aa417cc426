import type { MessageChannel } from "@pb/db";
import type { MessageKind } from "./message-kinds";

export type ContactForSending = { addressee: string | null; email: string | null; addressLines: readonly string[]; postcode: string | null };

export type ChannelChoice =
  | { channel: "email"; email: string }
  | { channel: "letter"; address: string[] }
  | { channel: null; problem: string };

/**
 * How a message goes, decided when it is sent (the contact details then, not when it was queued):
 * a staff message to its recipient's email; a family's by email where they gave an address, else as a
 * letter by post, which needs a postal address and a letter to print.
 */
export function chooseChannel(
  kind: Pick<MessageKind, "audience" | "label">,
  to: { recipientEmail: string | null; contact: ContactForSending | null; hasLetterPdf: boolean },
): ChannelChoice {
  if (kind.audience === "staff") {
    return to.recipientEmail ? { channel: "email", email: to.recipientEmail } : { channel: null, problem: "no email address for the recipient" };
  }
  const email = to.contact?.email?.trim();
  if (email) return { channel: "email", email };
  const address = postalAddress(to.contact);
  if (!address) return { channel: null, problem: "the family has no email address or full postal address on record" };
  if (!to.hasLetterPdf) return { channel: null, problem: `the family has no email address, and a ${kind.label.toLowerCase()} is not yet sent by post` };
  return { channel: "letter", address };
}

/** The address block of a letter: the addressee, the lines, the postcode last; null unless Notify could post it (3 to 7 lines). */
export function postalAddress(contact: ContactForSending | null): string[] | null {
  if (!contact?.postcode?.trim()) return null;
  const lines = [contact.addressee, ...contact.addressLines, contact.postcode].map((l) => l?.trim() ?? "").filter(Boolean);
  return lines.length >= 3 && lines.length <= 7 ? lines : null;
}

export const CHANNEL_WORDS: Record<MessageChannel, string> = { email: "Email", letter: "Letter by post" };
