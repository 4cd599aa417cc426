import {
  compareLinesWithDraft, createWhatIfTally, findChangedScope, mayChangeLine, mergeWhatIfTallies, summariseWhatIf, tallyUnchangedLines,
  type RecordedLine, type WhatIfSummary, type WhatIfTally,
} from "@pb/reports";
import type { Policy } from "@pb/eligibility";
import type { ServiceContext } from "../shared/context";
import { NotFoundError, ValidationError } from "../shared/errors";
import { getPolicyVersion } from "../policy/policy-in-force";
import { findDraft } from "../policy/read-policy-version-detail";
import { countRecordedLines, readRecordedLines, type LineGroupKey } from "./read-recorded-lines";

export type WhatIfInput = { from: string; to: string; policyVersionId?: string | undefined };

export type WhatIfResult = {
  period: { from: string; to: string };
  /** The version tried: the council's draft unless another was chosen. */
  candidate: { id: string; versionNumber: number; status: "draft" | "published"; changeNote: string };
  /** The versions the lines were recorded under, with how many lines each. */
  recordedUnder: { id: string; versionNumber: number; lines: number }[];
  /** Lines whose stored facts could not be checked again (none, unless rows were edited by hand). */
  skipped: number;
  summary: WhatIfSummary;
  elapsedMs: number;
};

/**
 * Runs every request line received in a period through a candidate policy (the draft by default),
 * on the facts recorded with each request and on its own date, and compares with the outcome
 * recorded under the policy in force then. Reads only; streams the lines in batches.
 */
export async function runWhatIf(ctx: ServiceContext, input: WhatIfInput): Promise<WhatIfResult> {
  const started = performance.now();
  if (input.to < input.from) throw new ValidationError("to", "must be on or after the start of the period");
  const candidate = await loadCandidate(ctx, input.policyVersionId);
  // Only lines whose check reads a part of the policy the candidate changes are checked again; the
  // rest keep their recorded outcome and are counted in SQL (findChangedScope says which, and why).
  const groups = await countRecordedLines(ctx, input);
  const versionLines = new Map<string, number>();
  for (const g of groups) versionLines.set(g.version_id, (versionLines.get(g.version_id) ?? 0) + g.lines);
  const scopes = new Map<string, ReturnType<typeof findChangedScope>>();
  for (const versionId of versionLines.keys()) {
    const recorded = await getPolicyVersion(ctx.db, ctx.councilId, versionId);
    if (recorded) scopes.set(versionId, findChangedScope(recorded.policy, candidate.policy));
  }
  const mayChange = (g: (typeof groups)[number]) => {
    const scope = scopes.get(g.version_id);
    return !scope || mayChangeLine(scope, { stream: g.stream, service: g.service, arrangement: g.direct_payment ? "direct_payment" : "other" });
  };
  let tally = tallyUnchangedLines(groups.filter((g) => !mayChange(g)).map((g) => ({ stream: g.stream, outcome: g.outcome, lines: g.lines })));
  const toCheck = new Map<string, LineGroupKey>();
  for (const g of groups.filter(mayChange)) toCheck.set(`${g.version_id}|${g.stream}|${g.service}|${g.direct_payment}`, { versionId: g.version_id, stream: g.stream, service: g.service, directPayment: g.direct_payment });
  let skipped = 0;
  for await (const batch of readRecordedLines(ctx, input, [...toCheck.values()])) {
    const checked = compareBatch(candidate.policy, batch.lines);
    tally = mergeWhatIfTallies(tally, checked.tally);
    skipped += checked.skipped;
  }
  const numbers = versionLines.size
    ? await ctx.db.selectFrom("policy_version").select(["id", "version_number"]).where("council_id", "=", ctx.councilId).where("id", "in", [...versionLines.keys()]).execute()
    : [];
  return {
    period: { from: input.from, to: input.to },
    candidate: { id: candidate.id, versionNumber: candidate.versionNumber, status: candidate.status, changeNote: candidate.changeNote },
    recordedUnder: numbers.map((v) => ({ id: v.id, versionNumber: v.version_number, lines: versionLines.get(v.id) ?? 0 })).sort((a, b) => a.versionNumber - b.versionNumber),
    skipped,
    summary: summariseWhatIf(tally),
    elapsedMs: Math.round(performance.now() - started),
  };
}

async function loadCandidate(ctx: ServiceContext, versionId: string | undefined) {
  const id = versionId ?? (await findDraft(ctx))?.id;
  if (!id) throw new ValidationError("policyVersionId", "the council has no policy draft: open one on the policy page, or choose a published version");
  const found = await getPolicyVersion(ctx.db, ctx.councilId, id);
  if (!found) throw new NotFoundError("That policy version");
  return { id, versionNumber: found.row.version_number, status: found.row.status, changeNote: found.row.change_note, policy: found.policy };
}

/** A stored line that cannot be checked (a hand-edited row) is counted and left out, not allowed to sink the rest. */
function compareBatch(policy: Policy, lines: RecordedLine[]): { tally: WhatIfTally; skipped: number } {
  try {
    return { tally: compareLinesWithDraft(policy, lines), skipped: 0 };
  } catch {
    let tally = createWhatIfTally();
    let skipped = 0;
    for (const line of lines) {
      try {
        tally = mergeWhatIfTallies(tally, compareLinesWithDraft(policy, [line]));
      } catch {
        skipped++;
      }
    }
    return { tally, skipped };
  }
}
