import { checkReadiness, UNREACHABLE, type Readiness } from "@pb/db";
import { logger } from "@pb/log";
import { getConnection } from "~/server/database";
import { logFailure } from "~/server/log";

// Readiness: send traffic only when the database answers this console's role (the runtime role in
// production) and its schema is this build's. 503 otherwise, with the states alone.
export const dynamic = "force-dynamic";

export async function GET(): Promise<Response> {
  let readiness: Readiness;
  try {
    readiness = await checkReadiness((await getConnection()).db);
  } catch (error) {
    logFailure("readiness.connection_failed", error);
    readiness = UNREACHABLE;
  }
  if (!readiness.ready) logger.warn("readiness.not_ready", { database: readiness.database, migrations: readiness.migrations });
  return Response.json(readiness, { status: readiness.ready ? 200 : 503 });
}
