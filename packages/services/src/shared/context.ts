import type { CouncilTransaction } from "@pb/db";

/**
 * What every verb needs: the council-scoped transaction it writes in, the council, who acts,
 * and today's date (passed in, so tests and the demo seed can fix the clock).
 */
export type ServiceContext = {
  db: CouncilTransaction;
  councilId: string;
  actorUserId: string | null;
  today: string;
};

// The council's day is the UK's: the date in Europe/London, not UTC. Made once: building a
// formatter with a time zone costs about a millisecond, which every procedure call would pay.
const LONDON_DATE = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/London", year: "numeric", month: "2-digit", day: "2-digit" });

export function todayIso(now: Date = new Date()): string {
  return LONDON_DATE.format(now);
}
