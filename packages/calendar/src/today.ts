// The council's day is the UK's: the date in Europe/London, not UTC. Made once: building a
// formatter with a time zone costs about a millisecond, which every procedure call would pay.
const LONDON_DATE = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/London", year: "numeric", month: "2-digit", day: "2-digit" });

/** Today's date in England as an ISO date (or the date of `now`, for tests and seeds that fix the clock). */
export function todayIso(now: Date = new Date()): string {
  return LONDON_DATE.format(now);
}
