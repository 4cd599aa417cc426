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
