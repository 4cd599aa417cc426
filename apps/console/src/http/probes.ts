/**
 * The paths a load balancer or orchestrator polls. They need no session, answer JSON (API headers)
 * and say only states, never a message, a host name or anyone's data.
 * /healthz: the process answers (liveness). /readyz: the database answers as this connection's role
 * and its schema is this build's (readiness).
 */
export const LIVENESS_PATH = "/healthz";
export const READINESS_PATH = "/readyz";

export function isProbePath(pathname: string): boolean {
  return pathname === LIVENESS_PATH || pathname === READINESS_PATH;
}
