import type { MessageKindCode } from "@pb/db";

/**
 * Each kind of message the council sends through GOV.UK Notify: its words for staff, who it goes to,
 * and the personalisation fields its Notify email template receives. A council's template must use
 * these names (README, "GOV.UK Notify"); no field carries more personal data than the message needs:
 * the child's reference, never a name, date of birth or address.
 */
export type MessageKind = {
  code: MessageKindCode;
  /** Staff-facing words, as the case page and the template admin page show them. */
  label: string;
  audience: "family" | "staff";
  /** The personalisation fields the email template receives, with what each holds (for the admin page and README). */
  fields: readonly { name: string; holds: string }[];
  /** The email also carries the letter as a file to download (Notify's link_to_file), in the field `letter`. */
  attachesLetter: boolean;
  /** One message per subject (a second enqueue for the same subject returns the first); false: each enqueue is a new message. */
  oncePerSubject: boolean;
};

const COUNCIL = { name: "council_name", holds: "the council's name" } as const;
const REFERENCE = { name: "child_reference", holds: "the child's case reference (never a name)" } as const;
const LETTER = { name: "letter", holds: "a link to download the letter (PDF), added when sent" } as const;

export const MESSAGE_KINDS = {
  decision_letter: {
    code: "decision_letter",
    label: "Decision letter",
    audience: "family",
    fields: [COUNCIL, REFERENCE, { name: "decision_date", holds: "the day the panel decided, for example 3 March 2026" }, LETTER],
    attachesLetter: true,
    oncePerSubject: true,
  },
  cessation_notice: {
    code: "cessation_notice",
    label: "Notice that a budget ends",
    audience: "family",
    fields: [COUNCIL, REFERENCE, { name: "last_payment_date", holds: "the day of the last payment" }, LETTER],
    attachesLetter: true,
    oncePerSubject: true,
  },
  disagreement_outcome: {
    code: "disagreement_outcome",
    label: "Outcome of a review of a decision",
    audience: "family",
    fields: [COUNCIL, REFERENCE, { name: "outcome_date", holds: "the day the review was decided" }, LETTER],
    attachesLetter: true,
    oncePerSubject: true,
  },
  review_reminder: {
    code: "review_reminder",
    label: "Review reminder",
    audience: "family",
    fields: [COUNCIL, REFERENCE, { name: "review_due_date", holds: "the day the review is due" }],
    attachesLetter: false,
    oncePerSubject: true,
  },
  return_reminder: {
    code: "return_reminder",
    label: "Reminder to send a direct payment return",
    audience: "family",
    fields: [COUNCIL, REFERENCE, { name: "return_period", holds: "the period the return covers" }, { name: "return_due_date", holds: "the day the return is due" }],
    attachesLetter: false,
    oncePerSubject: true,
  },
  recovery_decision: {
    code: "recovery_decision",
    label: "Decision to recover unspent money",
    audience: "family",
    fields: [COUNCIL, REFERENCE, { name: "decision_date", holds: "the day recovery was decided" }, LETTER],
    attachesLetter: true,
    oncePerSubject: true,
  },
  user_invitation: {
    code: "user_invitation",
    label: "Invitation to use the console",
    audience: "staff",
    fields: [
      COUNCIL,
      { name: "sign_in_url", holds: "the one-time link where the invited user sets their password" },
      { name: "expires_on", holds: "the last day the link works, for example 15 December 2026" },
    ],
    attachesLetter: false,
    oncePerSubject: false,
  },
} as const satisfies Record<MessageKindCode, MessageKind>;

export const MESSAGE_KIND_CODES = Object.keys(MESSAGE_KINDS) as MessageKindCode[];

/** The fields a kind's caller supplies: every listed field but the letter, which the sender adds. */
export function suppliedFields(code: MessageKindCode): string[] {
  return MESSAGE_KINDS[code].fields.map((f) => f.name).filter((name) => name !== LETTER.name);
}
