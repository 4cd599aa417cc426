// Ids are counters laid out as UUIDs, not random draws: the same on every run, cheap to make by the
// million, and ascending within a council, so each COPY appends to the end of the primary key's index.
const TABLE_CODES = {
  council: 0x01, app_user: 0x02, policy_version: 0x03, child: 0x10, plan: 0x11, plan_outcome: 0x12,
  pb_request: 0x13, request_line: 0x14, decision: 0x15, budget: 0x16, budget_line: 0x17, agreement: 0x18,
  payment: 0x19, review: 0x1a, cessation: 0x1b, disagreement: 0x1c,
} as const;
export type IdTable = keyof typeof TABLE_CODES;

const hex = (n: number, width: number): string => n.toString(16).padStart(width, "0");

/** "5c<scale><table>-<council>-4000-8000-<counter>": scale 0–15, council 0–65535, counter below 2^48. */
export function makeScaleId(scaleCode: number, table: IdTable, council: number, counter: number): string {
  return `5c${hex(scaleCode, 2)}${hex(TABLE_CODES[table], 2)}00-${hex(council, 4)}-4000-8000-${hex(counter, 12)}`;
}

/** One counter per table for one council: `next("payment")` gives that council's next payment id. */
export function createIdMaker(scaleCode: number, council: number) {
  const counters = new Map<IdTable, { prefix: string; n: number }>();
  return (table: IdTable): string => {
    let counter = counters.get(table);
    if (!counter) counters.set(table, (counter = { prefix: makeScaleId(scaleCode, table, council, 0).slice(0, 24), n: 0 }));
    counter.n++;
    return counter.prefix + counter.n.toString(16).padStart(12, "0");
  };
}
export type IdMaker = ReturnType<typeof createIdMaker>;
