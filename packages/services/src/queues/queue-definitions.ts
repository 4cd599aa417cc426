import { addDays, parseIsoDate } from "@pb/calendar";
import {
  findConditionsUnconfirmed,
  findDecisionsDue,
  findDisagreementsNearDeadline,
  findLettersNotSent,
  findNoticesDue,
  findReviewsDue,
  type CouncilTransaction,
} from "@pb/db";
import { FINANCE_QUEUE_DEFINITIONS } from "../finance/finance-queue-definitions";
import { MONITORING_QUEUE_DEFINITIONS } from "../monitoring/monitoring-queue-definitions";
import { describeConditionUnconfirmed, describeDecisionDue, describeDisagreementDue, describeLetterNotSent, describeNoticeDue, describeReviewDue, type QueueRow } from "./queue-words";

type Role = "admin" | "manager" | "commissioner" | "case_officer" | "panel_member" | "finance_officer";

export type QueueDefinition = {
  id: string;
  title: string;
  /** What to do about an item, in a sentence. */
  action: string;
  roles: readonly Role[];
  /** Items due within this many days count as "due soon". */
  windowDays: number;
  load: (db: CouncilTransaction, councilId: string, today: string) => Promise<QueueRow[]>;
};

const plus = (date: string, days: number) => addDays(parseIsoDate(date), days);

// One entry per queue; a new area of work adds its queue here and it appears for its roles.
export const QUEUE_DEFINITIONS: readonly QueueDefinition[] = [
  {
    id: "decisions_due",
    title: "Decisions due",
    action: "Take these request lines to the panel and record its decision.",
    roles: ["panel_member", "admin"],
    windowDays: 0,
    load: async (db, councilId) => (await findDecisionsDue(db, councilId)).map(describeDecisionDue),
  },
  {
    id: "letters_not_sent",
    title: "Letters not sent",
    action: "Tell the family the decision and send the letter (R13).",
    roles: ["case_officer", "panel_member", "admin"],
    windowDays: 0,
    load: async (db, councilId) => (await findLettersNotSent(db, councilId)).map(describeLetterNotSent),
  },
  {
    id: "reviews_due",
    title: "Reviews due and overdue",
    action: "Hold the review and record its outcome (T2, T3).",
    roles: ["case_officer", "admin"],
    windowDays: 28,
    load: async (db, councilId, today) => (await findReviewsDue(db, councilId, plus(today, 28))).map(describeReviewDue),
  },
  {
    id: "notices_due",
    title: "Cessation notices due",
    action: "Send the written notice with reasons (T6).",
    roles: ["case_officer", "admin"],
    windowDays: 7,
    load: async (db, councilId) => (await findNoticesDue(db, councilId)).map(describeNoticeDue),
  },
  {
    id: "disagreements_near_deadline",
    title: "Reviews of decisions near their deadline",
    action: "Meet the family and decide the review before the council's deadline (T7).",
    roles: ["case_officer", "panel_member", "admin"],
    windowDays: 7,
    load: async (db, councilId, today) => (await findDisagreementsNearDeadline(db, councilId, plus(today, 7))).map(describeDisagreementDue),
  },
  {
    id: "conditions_unconfirmed",
    title: "Conditions not yet confirmed",
    action: "Confirm each condition of the panel's approval (what, who, when, evidence): nothing of the line is paid until then.",
    roles: ["case_officer", "panel_member", "admin"],
    windowDays: 0,
    load: async (db, councilId) => (await findConditionsUnconfirmed(db, councilId)).map(describeConditionUnconfirmed),
  },
  ...FINANCE_QUEUE_DEFINITIONS,
  ...MONITORING_QUEUE_DEFINITIONS,
];
