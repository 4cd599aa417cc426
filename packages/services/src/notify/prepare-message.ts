import type { Selectable } from "kysely";
import type { NotificationOutboxTable } from "@pb/db";
import type { ServiceContext } from "../shared/context";
import { chooseChannel } from "./choose-channel";
import { readFamilyContact } from "./family-contact";
import { LETTER_SOURCES, type LetterPdf } from "./letter-sources";
import { MESSAGE_KINDS } from "./message-kinds";
import { MessageNotReady } from "./retry-policy";

export type OutboxRow = Selectable<NotificationOutboxTable>;

export type PreparedMessage =
  | { channel: "email"; templateId: string; emailAddress: string; personalisation: Record<string, string>; attachment?: LetterPdf }
  | { channel: "letter"; pdf: Uint8Array };

/**
 * What goes to Notify for one outbox row, from the contact details and templates as they are now:
 * the channel (email where the family gave an address, else a letter by post), the council's
 * template and the letter. Something staff can put right (no template, no address) is `MessageNotReady`.
 */
export async function prepareMessage(ctx: ServiceContext, row: OutboxRow): Promise<PreparedMessage> {
  const kind = MESSAGE_KINDS[row.kind];
  const contact = kind.audience === "family" && row.child_id ? await readFamilyContact(ctx, row.child_id) : null;
  const source = LETTER_SOURCES[row.kind];
  const choice = chooseChannel(kind, { recipientEmail: row.recipient_email, contact, hasLetterPdf: source !== undefined });
  if (choice.channel === null) throw new MessageNotReady(choice.problem);
  if (choice.channel === "letter") {
    // chooseChannel posts only a kind with a letter source.
    if (!source) throw new MessageNotReady(`a ${kind.label.toLowerCase()} has no letter to post`);
    return { channel: "letter", pdf: (await source(ctx, row.subject_id, { address: choice.address })).pdf };
  }

  const template = await ctx.db
    .selectFrom("notify_template")
    .select("email_template_id")
    .where("council_id", "=", ctx.councilId)
    .where("kind", "=", row.kind)
    .executeTakeFirst();
  if (!template) throw new MessageNotReady(`no Notify email template is set for "${kind.label}" (an admin sets it)`);
  if (kind.attachesLetter && !source) throw new MessageNotReady(`a ${kind.label.toLowerCase()} has no letter to attach`);
  const attachment = kind.attachesLetter && source ? await source(ctx, row.subject_id, {}) : undefined;
  return { channel: "email", templateId: template.email_template_id, emailAddress: choice.email, personalisation: row.personalisation, attachment };
}
