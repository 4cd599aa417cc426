import { z } from "zod";
import type { Policy } from "@pb/eligibility";
import { formatSource } from "@pb/eligibility";

/** A decision's reason as stored: plain words, the check's code when it came from the check, and where it rests. */
export const StoredReason = z.object({ code: z.string().nullish(), text: z.string(), source: z.string().nullish() });
export type StoredReason = z.infer<typeof StoredReason>;

export type CheckReason = { code: string; message: string; source: string };

export function readStoredReasons(value: unknown): StoredReason[] {
  const parsed = z.array(StoredReason).safeParse(value);
  return parsed.success ? parsed.data : [];
}

export function readCheckReasons(value: unknown): CheckReason[] {
  const parsed = z.array(z.object({ code: z.string(), message: z.string(), source: z.string() })).safeParse(value);
  return parsed.success ? parsed.data : [];
}

/**
 * Where a reason rests, for the letter: as recorded; else the check's citation for its code;
 * else the policy's decision principles (R12); else the panel's own judgement.
 */
export function resolveReasonSource(reason: StoredReason, checkReasons: readonly CheckReason[], policy: Policy, panel: string): string {
  if (reason.source) return reason.source;
  const fromCheck = reason.code ? checkReasons.find((r) => r.code === reason.code)?.source : undefined;
  if (fromCheck) return fromCheck;
  const principles = policy.statements.decision_principles;
  return principles ? formatSource(principles.source, policy.name) : `${policy.name}: decision of the ${panel} (R12)`;
}
