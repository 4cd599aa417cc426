import type { DrillTarget } from "./dashboard-view";

const NARROWING_KEYS = ["stream", "arrangement", "policyVersionId"] as const;
type Narrowing = { [key: string]: unknown; stream?: string | undefined; arrangement?: string | undefined; policyVersionId?: string | undefined };

/** The filters and the figure's cell together; null when the cell names a stream, arrangement or version the filters leave out. */
export function narrowToCell<F extends Narrowing>(filter: F, target: DrillTarget): F | null {
  const out: F = { ...filter };
  for (const key of NARROWING_KEYS) {
    const value = target[key];
    if (value === undefined) continue;
    if (filter[key] && filter[key] !== value) return null;
    out[key] = value as F[typeof key];
  }
  return out;
}
