import { STREAMS, type Outcome, type Policy, type Stream } from "@pb/eligibility";
import { createWhatIfTally, type WhatIfTally } from "./what-if";

/**
 * Where two policies differ, in the terms a request check reads: a stream's own rules, one service's
 * rule within a stream, and the direct payment rules (read only for direct payments). A line's outcome
 * and reason codes depend on nothing else (names and citations change only the wording).
 */
export type ChangedScope = {
  streams: Record<Stream, { whole: boolean; services: ReadonlySet<string> }>;
  directPayments: boolean;
};

export type LineKey = { stream: Stream; service: string; arrangement: string };

function isEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const keysA = Object.keys(a).filter((k) => (a as Record<string, unknown>)[k] !== undefined);
  const keysB = Object.keys(b).filter((k) => (b as Record<string, unknown>)[k] !== undefined);
  if (keysA.length !== keysB.length) return false;
  return keysA.every((k) => isEqual((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

/** What the draft changes of the recorded version, as far as any request's outcome could tell. */
export function findChangedScope(recorded: Policy, draft: Policy): ChangedScope {
  const streams = {} as ChangedScope["streams"];
  for (const stream of STREAMS) {
    const before = recorded.streams[stream];
    const after = draft.streams[stream];
    const { services: servicesBefore = {}, ...rulesBefore } = before ?? { services: {} };
    const { services: servicesAfter = {}, ...rulesAfter } = after ?? { services: {} };
    const codes = new Set([...Object.keys(servicesBefore), ...Object.keys(servicesAfter)]);
    streams[stream] = {
      whole: !before !== !after || !isEqual(rulesBefore, rulesAfter),
      services: new Set([...codes].filter((code) => !isEqual(servicesBefore[code], servicesAfter[code]))),
    };
  }
  return { streams, directPayments: !isEqual(recorded.directPayments, draft.directPayments) };
}

/** False when the draft cannot change this line's outcome or reasons: its check reads nothing that differs. */
export function mayChangeLine(scope: ChangedScope, line: LineKey): boolean {
  const stream = scope.streams[line.stream];
  return stream.whole || stream.services.has(line.service) || (line.arrangement === "direct_payment" && scope.directPayments);
}

/** Lines counted without checking them again: each keeps the outcome it was recorded with. */
export function tallyUnchangedLines(groups: readonly { stream: Stream; outcome: Outcome; lines: number }[]): WhatIfTally {
  const tally = createWhatIfTally();
  for (const group of groups) {
    tally.checked += group.lines;
    tally.streams[group.stream].checked += group.lines;
    tally.transitions[`${group.outcome}>${group.outcome}`] += group.lines;
  }
  return tally;
}
