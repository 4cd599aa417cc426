import { addDays, daysBetween, formatIsoDateEnGb, parseIsoDate } from "@pb/calendar";

export type PublishedVersionFigures = { id: string; versionNumber: number; effectiveFrom: string };

/** A stretch of the period under one policy version (or none): [from, to] inclusive. */
export type PolicyPeriod = { policyVersionId: string; versionNumber: number | null; label: string; from: string; to: string; days: number };

/**
 * Splits [from, to] at the effective dates of the published versions, as the rollups date each row
 * (by the policy in force that day): before the first version, the `noPolicyId` period; when two
 * versions share a date, the higher number is the one in force, as getPolicyInForce decides.
 */
export function splitPeriodByPolicy(from: string, to: string, versions: readonly PublishedVersionFigures[], noPolicyId: string): PolicyPeriod[] {
  const byDate = new Map<string, PublishedVersionFigures>();
  for (const v of [...versions].sort((a, b) => a.versionNumber - b.versionNumber)) byDate.set(v.effectiveFrom, v);
  const inForce = [...byDate.values()].sort((a, b) => (a.effectiveFrom < b.effectiveFrom ? -1 : a.effectiveFrom > b.effectiveFrom ? 1 : 0));
  const stretches: { id: string; versionNumber: number | null; start: string | null; end: string | null }[] = [];
  const first = inForce[0];
  stretches.push({ id: noPolicyId, versionNumber: null, start: null, end: first ? addDays(parseIsoDate(first.effectiveFrom), -1) : null });
  inForce.forEach((v, i) => {
    const next = inForce[i + 1];
    stretches.push({ id: v.id, versionNumber: v.versionNumber, start: v.effectiveFrom, end: next ? addDays(parseIsoDate(next.effectiveFrom), -1) : null });
  });
  const out: PolicyPeriod[] = [];
  for (const s of stretches) {
    const start = s.start && s.start > from ? s.start : from;
    const end = s.end && s.end < to ? s.end : to;
    if (end < start) continue;
    const label = s.versionNumber === null ? "Before the first published policy" : `Version ${s.versionNumber}, in force from ${formatIsoDateEnGb(s.start ?? start)}`;
    out.push({ policyVersionId: s.id, versionNumber: s.versionNumber, label, from: start, to: end, days: daysBetween(parseIsoDate(start), parseIsoDate(end)) + 1 });
  }
  return out;
}
