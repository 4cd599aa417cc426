import { parsePoundsToPence } from "~/app/(console)/requests/_lib/words";
import type { Problem } from "~/app/(console)/requests/_lib/problems";
import type { RequestInput, RequestOptions } from "~/app/(console)/requests/_lib/types";

/** One line of the form as typed: text for amounts, "" for "not known yet". */
export type LineDraft = {
  key: number;
  stream: string;
  service: string;
  arrangement: string;
  recipient: string;
  onSchoolPremises: boolean;
  schoolAgreed: "" | "yes" | "no";
  needIdentifiedByProfessional: "" | "yes" | "no";
  annualCostPence: string;
  commissionedCostPence: string;
  linkedOutcomes: string[];
};

export type RequestDraft = { stage: string; receivedOn: string; planId: string; lines: LineDraft[] };

export function makeLineDraft(key: number, options: RequestOptions): LineDraft {
  const stream = options.streams.find((s) => s.offered) ?? options.streams[0];
  return {
    key,
    stream: stream?.stream ?? "education",
    service: stream?.services[0]?.code ?? "",
    arrangement: "organised",
    recipient: "",
    onSchoolPremises: false,
    schoolAgreed: "",
    needIdentifiedByProfessional: "",
    annualCostPence: "",
    commissionedCostPence: "",
    linkedOutcomes: [],
  };
}

const flag = (value: "" | "yes" | "no") => (value === "" ? null : value === "yes");

/** The request as the API takes it, or the fields whose text is not an amount of money. */
export function toRequestInput(childId: string, draft: RequestDraft): { input: RequestInput | null; problems: Problem[] } {
  const problems: Problem[] = [];
  const money = (text: string, field: string, optional: boolean): number | null => {
    if (optional && text.trim() === "") return null;
    const pence = parsePoundsToPence(text);
    if (pence === null) problems.push({ field, message: "enter an amount in pounds, such as 1250.00" });
    return pence;
  };
  const lines = draft.lines.map((line, i) => ({
    stream: line.stream as RequestInput["lines"][number]["stream"],
    service: line.service,
    arrangement: line.arrangement as RequestInput["lines"][number]["arrangement"],
    recipient: line.arrangement === "direct_payment" && line.recipient ? (line.recipient as RequestInput["lines"][number]["recipient"]) : null,
    onSchoolPremises: line.onSchoolPremises,
    schoolAgreed: flag(line.schoolAgreed),
    needIdentifiedByProfessional: flag(line.needIdentifiedByProfessional),
    annualCostPence: money(line.annualCostPence, `lines.${i}.annualCostPence`, false) ?? 0,
    commissionedCostPence: money(line.commissionedCostPence, `lines.${i}.commissionedCostPence`, true),
    linkedOutcomes: draft.planId ? line.linkedOutcomes : [],
  }));
  if (problems.length) return { input: null, problems };
  return {
    input: { childId, planId: draft.planId || null, stage: draft.stage as RequestInput["stage"], receivedOn: draft.receivedOn, lines },
    problems,
  };
}

const LINE_FIELDS: Record<string, string> = {
  stream: "Funding stream",
  service: "Service",
  arrangement: "How the budget would be managed",
  recipient: "Who receives the direct payment",
  onSchoolPremises: "Delivered on school or college premises",
  schoolAgreed: "School or college agreed",
  needIdentifiedByProfessional: "Need identified by a professional",
  annualCostPence: "Annual cost",
  commissionedCostPence: "Cost if the council commissioned it",
  linkedOutcomes: "Plan outcomes",
};

/** The words for a field path in the error summary: "lines.1.recipient" → "Line 2: Who receives…". */
export function labelRequestField(field: string): string {
  const line = /^lines\.(\d+)\.(\w+)/.exec(field);
  if (line) return `Line ${Number(line[1]) + 1}: ${LINE_FIELDS[line[2] ?? ""] ?? line[2]}`;
  return { stage: "When the request was made", receivedOn: "Date received", planId: "Plan", lines: "Lines", childId: "Child" }[field] ?? field;
}
