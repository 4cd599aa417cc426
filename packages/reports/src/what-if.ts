import { checkRequest, OUTCOMES, STREAMS, type CheckInput, type Outcome, type Policy, type Stream } from "@pb/eligibility";

/** One request line as it was recorded: the facts and answers it was checked on, and what was found and decided. */
export type RecordedLine = {
  requestId: string;
  lineNo: number;
  /** The facts recorded with the request and the line's answers, on the date it was checked. */
  input: CheckInput;
  recordedOutcome: Outcome;
  recordedCodes: readonly string[];
  /** The annual amount of the line's latest decision when that decision approved it, else null. */
  approvedPence: number | null;
};

/** A line whose outcome would change, kept as an example for the rows behind a chart (no child's details). */
export type ChangedLine = {
  requestId: string;
  lineNo: number;
  checkedOn: string;
  stream: Stream;
  service: string;
  from: Outcome;
  to: Outcome;
  gained: string[];
  lost: string[];
  approvedPence: number | null;
};

export type StreamTally = { checked: number; changed: number; becameIneligible: number; becameEligible: number; committedChangePence: number };
export type ServiceTally = { stream: Stream; service: string; changed: number; committedChangePence: number };
export type Transition = `${Outcome}>${Outcome}`;

/** What a draft would do to a set of recorded lines; tallies of two sets merge into the tally of both. */
export type WhatIfTally = {
  checked: number;
  changed: number;
  transitions: Record<Transition, number>;
  /** Among changed lines: how many gained each reason code under the draft, and how many lost it. */
  reasons: Record<string, { gained: number; lost: number }>;
  streams: Record<Stream, StreamTally>;
  services: Record<string, ServiceTally>;
  /** Minus the approved amounts of lines that would become ineligible: pence a year. */
  committedChangePence: number;
  /** Annual cost asked for on lines that were ineligible and would not be: money a family could now be given. */
  newlyEligibleAskedPence: number;
  examples: ChangedLine[];
};

/** Examples kept for the rows behind the charts: enough to read, few enough to send. */
export const WHAT_IF_EXAMPLE_LIMIT = 200;

const TRANSITIONS = OUTCOMES.flatMap((from) => OUTCOMES.map((to) => `${from}>${to}` as Transition));

export function createWhatIfTally(): WhatIfTally {
  const streams = {} as Record<Stream, StreamTally>;
  for (const stream of STREAMS) streams[stream] = { checked: 0, changed: 0, becameIneligible: 0, becameEligible: 0, committedChangePence: 0 };
  return {
    checked: 0,
    changed: 0,
    transitions: Object.fromEntries(TRANSITIONS.map((t) => [t, 0])) as Record<Transition, number>,
    reasons: {},
    streams,
    services: {},
    committedChangePence: 0,
    newlyEligibleAskedPence: 0,
    examples: [],
  };
}

/**
 * Checks each recorded line again under the draft, on the facts and date it was recorded with, and
 * tallies the lines whose outcome would differ from the one recorded under the policy then in force.
 * Pure: the draft is a parsed policy and the lines are data.
 */
export function compareLinesWithDraft(draft: Policy, lines: readonly RecordedLine[]): WhatIfTally {
  const tally = createWhatIfTally();
  for (const line of lines) tallyLine(tally, line, checkRequest(draft, line.input));
  return tally;
}

function tallyLine(tally: WhatIfTally, line: RecordedLine, result: ReturnType<typeof checkRequest>): void {
  const { stream, service } = line.input.request;
  const streamTally = tally.streams[stream];
  tally.checked++;
  streamTally.checked++;
  const from = line.recordedOutcome;
  const to = result.outcome;
  tally.transitions[`${from}>${to}`]++;
  if (from === to) return;
  tally.changed++;
  streamTally.changed++;
  const drafted = new Set<string>(result.reasons.map((r) => r.code));
  const recorded = new Set(line.recordedCodes);
  const gained = [...drafted].filter((code) => !recorded.has(code));
  const lost = [...recorded].filter((code) => !drafted.has(code));
  for (const code of gained) (tally.reasons[code] ??= { gained: 0, lost: 0 }).gained++;
  for (const code of lost) (tally.reasons[code] ??= { gained: 0, lost: 0 }).lost++;
  const committed = to === "ineligible" && line.approvedPence !== null ? 0 - line.approvedPence : 0;
  if (to === "ineligible") streamTally.becameIneligible++;
  if (from === "ineligible") {
    streamTally.becameEligible++;
    tally.newlyEligibleAskedPence += line.input.request.annualCostPence;
  }
  tally.committedChangePence += committed;
  streamTally.committedChangePence += committed;
  const key = `${stream}:${service}`;
  const serviceTally = (tally.services[key] ??= { stream, service, changed: 0, committedChangePence: 0 });
  serviceTally.changed++;
  serviceTally.committedChangePence += committed;
  if (tally.examples.length < WHAT_IF_EXAMPLE_LIMIT) {
    tally.examples.push({ requestId: line.requestId, lineNo: line.lineNo, checkedOn: line.input.asOf, stream, service, from, to, gained, lost, approvedPence: line.approvedPence });
  }
}

/** The tally of both sets of lines; neither argument is changed. */
export function mergeWhatIfTallies(a: WhatIfTally, b: WhatIfTally): WhatIfTally {
  const merged = createWhatIfTally();
  for (const part of [a, b]) {
    merged.checked += part.checked;
    merged.changed += part.changed;
    for (const t of TRANSITIONS) merged.transitions[t] += part.transitions[t];
    for (const [code, counts] of Object.entries(part.reasons)) {
      const into = (merged.reasons[code] ??= { gained: 0, lost: 0 });
      into.gained += counts.gained;
      into.lost += counts.lost;
    }
    for (const stream of STREAMS) {
      const into = merged.streams[stream];
      const from = part.streams[stream];
      into.checked += from.checked;
      into.changed += from.changed;
      into.becameIneligible += from.becameIneligible;
      into.becameEligible += from.becameEligible;
      into.committedChangePence += from.committedChangePence;
    }
    for (const [key, s] of Object.entries(part.services)) {
      const into = (merged.services[key] ??= { stream: s.stream, service: s.service, changed: 0, committedChangePence: 0 });
      into.changed += s.changed;
      into.committedChangePence += s.committedChangePence;
    }
    merged.committedChangePence += part.committedChangePence;
    merged.newlyEligibleAskedPence += part.newlyEligibleAskedPence;
    merged.examples.push(...part.examples.slice(0, WHAT_IF_EXAMPLE_LIMIT - merged.examples.length));
  }
  return merged;
}

export { summariseWhatIf, type WhatIfSummary, type OutcomeCount, type TransitionCount, type ReasonCount, type StreamCount } from "./what-if-summary";
export { findChangedScope, mayChangeLine, tallyUnchangedLines, type ChangedScope, type LineKey } from "./what-if-scope";
