import { addPeriod, IsoDate, type DurationUnit } from "@pb/calendar";
import { formatSource, type PolicyTimeLimits } from "@pb/eligibility";
import { DEADLINE_KIND_DEFINITIONS, type DeadlineKind } from "./deadline-kinds";
import { describeDuration } from "./describe-rule";

/** A due date with the rule that set it, in words, and where that rule comes from. */
export type Deadline = { due: IsoDate; rule: string; source: string };

/** The policy in force does not set a time limit for this kind of deadline. */
export class TimeLimitNotSetError extends Error {
  readonly kind: DeadlineKind;
  readonly policyKey: keyof PolicyTimeLimits;
  constructor(kind: DeadlineKind) {
    const key = DEADLINE_KIND_DEFINITIONS[kind].key;
    super(`The policy does not set a time limit for ${kind} (timeLimits.${key})`);
    this.name = "TimeLimitNotSetError";
    this.kind = kind;
    this.policyKey = key;
  }
}

function assertPeriod(n: number, unit: DurationUnit): void {
  if (!Number.isSafeInteger(n) || n < 0) throw new RangeError(`a time limit must be a whole number, 0 or more, got ${n} ${unit}`);
}

/**
 * The date a deadline falls due: `from` plus the policy's time limit for that kind ("within 15
 * days of being told" is due on the 15th day after). Throws TimeLimitNotSetError when the policy is
 * silent, and OutsideBankHolidayDataError for working days past the calendar's data.
 * `policyName` names the policy in citations of the council's own rules (source document "council").
 */
export function computeDeadline(
  policyTimeLimits: PolicyTimeLimits,
  kind: DeadlineKind,
  fromInput: string,
  options: { policyName?: string } = {},
): Deadline {
  const from = IsoDate.parse(fromInput);
  const definition = DEADLINE_KIND_DEFINITIONS[kind];
  const limit = policyTimeLimits[definition.key];
  if (limit === undefined) throw new TimeLimitNotSetError(kind);
  assertPeriod(limit.n, limit.unit);
  return {
    due: addPeriod(from, limit),
    rule: `${definition.describe(describeDuration(limit))} (${definition.domainRule})`,
    source: formatSource(limit.source, options.policyName ?? "The council's"),
  };
}

/** Plain date arithmetic with the same { due, rule, source } shape, for a period no policy names. */
export function computeDateAfter(fromInput: string, period: { n: number; unit: DurationUnit }): Deadline {
  const from = IsoDate.parse(fromInput);
  assertPeriod(period.n, period.unit);
  return {
    due: addPeriod(from, period),
    rule: `${describeDuration(period)} after ${from}`,
    source: describeArithmetic(period.unit),
  };
}

function describeArithmetic(unit: DurationUnit): string {
  switch (unit) {
    case "working_days":
      return "England and Wales bank holidays";
    case "months":
    case "years":
      return "Calendar months: the same day of the month, or the month's last day when shorter";
    case "days":
    case "weeks":
      return "Calendar days";
  }
}
