// Liveness: the process answers. Nothing else is asked, so a database outage makes the console
// not ready (/readyz) but never gets it restarted.
export const dynamic = "force-dynamic";

export function GET(): Response {
  return Response.json({ status: "ok" });
}
