import { OUTCOMES, STREAMS, type Outcome, type Stream } from "@pb/eligibility";
import type { ChangedLine, ServiceTally, WhatIfTally } from "./what-if";

export type OutcomeCount = { outcome: Outcome; inForce: number; draft: number };
export type TransitionCount = { from: Outcome; to: Outcome; lines: number };
export type ReasonCount = { code: string; gained: number; lost: number };
export type StreamCount = { stream: Stream; checked: number; changed: number; becameIneligible: number; becameEligible: number; committedChangePence: number };

/** The what-if as the dashboard shows it: every list in a fixed, stable order. */
export type WhatIfSummary = {
  checked: number;
  changed: number;
  /** Lines by outcome: as recorded under the policy in force, and under the draft. */
  outcomes: OutcomeCount[];
  /** Only the changes, largest first. */
  transitions: TransitionCount[];
  /** Reason codes the changed lines gained or lost, most frequent first. */
  reasons: ReasonCount[];
  streams: StreamCount[];
  /** Services whose lines would change, most first (at most 20). */
  services: ServiceTally[];
  committedChangePence: number;
  newlyEligibleAskedPence: number;
  examples: ChangedLine[];
};

const SERVICE_LIMIT = 20;

export function summariseWhatIf(tally: WhatIfTally): WhatIfSummary {
  const outcomes = OUTCOMES.map((outcome) => ({ outcome, inForce: 0, draft: 0 }));
  const transitions: TransitionCount[] = [];
  for (const from of OUTCOMES) {
    for (const to of OUTCOMES) {
      const lines = tally.transitions[`${from}>${to}`];
      const fromRow = outcomes.find((o) => o.outcome === from);
      const toRow = outcomes.find((o) => o.outcome === to);
      if (fromRow) fromRow.inForce += lines;
      if (toRow) toRow.draft += lines;
      if (from !== to && lines > 0) transitions.push({ from, to, lines });
    }
  }
  transitions.sort((a, b) => b.lines - a.lines || a.from.localeCompare(b.from) || a.to.localeCompare(b.to));
  const reasons = Object.entries(tally.reasons)
    .map(([code, c]) => ({ code, gained: c.gained, lost: c.lost }))
    .sort((a, b) => b.gained + b.lost - (a.gained + a.lost) || a.code.localeCompare(b.code));
  const services = Object.values(tally.services)
    .sort((a, b) => b.changed - a.changed || a.stream.localeCompare(b.stream) || a.service.localeCompare(b.service))
    .slice(0, SERVICE_LIMIT);
  return {
    checked: tally.checked,
    changed: tally.changed,
    outcomes,
    transitions,
    reasons,
    streams: STREAMS.map((stream) => ({ stream, ...tally.streams[stream] })),
    services,
    committedChangePence: tally.committedChangePence,
    newlyEligibleAskedPence: tally.newlyEligibleAskedPence,
    examples: tally.examples,
  };
}
