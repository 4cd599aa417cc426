import bcrypt from "bcryptjs";
import type { Database } from "../../client";
import { DEMO_PASSWORD } from "../demo-people";
import { createRandom } from "../random";
import { LOAD_ORDER } from "./copy-rows";
import { seedScaleCouncil, type RowCounts } from "./seed-council";
import { openScaleLoader, type ScaleLoader } from "./scale-loader";
import { planScale, type ScaleName } from "./scale-plans";

export type ScaleSeedOptions = {
  scale: ScaleName;
  /** Keep triggers, foreign key checks and rollup upkeep on while loading: slower, for tests that prove the rows are consistent. */
  enforceTriggers?: boolean;
  /** Called after each council is committed. */
  onCouncil?: (progress: { slug: string; done: number; total: number; rows: number }) => void;
};

export type ScaleSeedSummary = {
  scale: ScaleName;
  created: boolean;
  councilsLoaded: number;
  councilsFound: number;
  councilIds: string[];
  rows: RowCounts;
  totalRows: number;
  loadSeconds: number;
  rowsPerSecond: number;
  triggersSkipped: boolean;
};

const LOADER_CONNECTIONS = 3;
const ALL_TABLES = [...LOAD_ORDER, "council", "app_user", "council_membership", "policy_version", "audit_log"] as const;

/**
 * Loads a scale's councils that are not there yet, each in one transaction (so an interrupted run
 * resumes, and a second run changes nothing). Rows are streamed in with COPY, not INSERT. Rollups and
 * planner statistics are the caller's next step (see `finishScaleSeed`).
 */
export async function seedScale(database: Database, options: ScaleSeedOptions): Promise<ScaleSeedSummary> {
  const plan = planScale(options.scale);
  const rows = Object.fromEntries(ALL_TABLES.map((t) => [t, 0])) as RowCounts;
  const first = await openScaleLoader(database);
  const loaders = [first];
  try {
    const slugs = plan.councils.map((c) => c.slug);
    const found = await first.query("select slug from council where slug = any($1::text[])", [slugs]);
    const present = new Set(found.rows.map((r) => String(r.slug)));
    const missing = plan.councils.filter((c) => !present.has(c.slug));
    const summary = { scale: plan.scale, created: missing.length > 0, councilsLoaded: 0, councilsFound: present.size, councilIds: [] as string[], rows, totalRows: 0, loadSeconds: 0, rowsPerSecond: 0, triggersSkipped: false };
    if (!missing.length) return summary;

    // One hash for every seeded user (bcrypt is slow on purpose), salted from the scale's seed so that
    // two runs write the same rows. These are fictional accounts with a published password.
    const passwordHash = await bcrypt.hash(DEMO_PASSWORD, makeSalt(plan.seed));
    summary.triggersSkipped = !options.enforceTriggers && (await first.canSkipTriggers());
    // More than one connection on PostgreSQL: councils copy while the next is generated, and the
    // server's index upkeep (most of the cost) runs on every core.
    const connections = database.backend === "postgres" ? Math.min(missing.length, LOADER_CONNECTIONS) : 1;
    while (loaders.length < connections) loaders.push(await openScaleLoader(database));
    const started = performance.now();
    const queue = [...missing];
    const loadNext = async (loader: ScaleLoader): Promise<void> => {
      for (let council = queue.shift(); council; council = queue.shift()) {
        await loader.query("begin");
        try {
          // The generator writes consistent rows; checking each foreign key row by row would halve the rate.
          // Triggers (rollups included) are off for this transaction only; rollups are rebuilt afterwards.
          if (summary.triggersSkipped) await loader.query("set local session_replication_role = replica");
          // Without the right to turn triggers off, foreign keys are still checked but rollups wait for their rebuild.
          else if (!options.enforceTriggers) await loader.query("select set_config('pb.skip_rollups', 'on', true)");
          const councilId = await seedScaleCouncil(loader, plan, council, passwordHash, rows);
          await loader.query("commit");
          summary.councilIds.push(councilId);
        } catch (error) {
          await loader.query("rollback");
          queue.length = 0;
          throw error;
        }
        summary.councilsLoaded++;
        options.onCouncil?.({ slug: council.slug, done: summary.councilsLoaded, total: missing.length, rows: sumRows(rows) });
      }
    };
    const results = await Promise.allSettled(loaders.map(loadNext));
    const failed = results.find((r): r is PromiseRejectedResult => r.status === "rejected");
    if (failed) throw failed.reason;
    summary.councilIds.sort();
    summary.loadSeconds = (performance.now() - started) / 1000;
    summary.totalRows = sumRows(rows);
    summary.rowsPerSecond = Math.round(summary.totalRows / Math.max(summary.loadSeconds, 0.001));
    return summary;
  } finally {
    for (const loader of loaders) await loader.release();
  }
}

const SALT_ALPHABET = "./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

function makeSalt(seed: number): string {
  const random = createRandom(seed);
  // The 22nd character carries only two bits of the salt: one of these four keeps it canonical.
  const body = Array.from({ length: 21 }, () => random.pick([...SALT_ALPHABET])).join("");
  return `$2b$10$${body}${random.pick([".", "O", "e", "u"])}`;
}

function sumRows(rows: RowCounts): number {
  return Object.values(rows).reduce((s, n) => s + n, 0);
}

/** The ids of a scale's councils that are loaded, for rebuilding rollups or benchmarking. */
export async function findScaleCouncils(database: Database, scale: ScaleName): Promise<{ id: string; slug: string; name: string }[]> {
  const slugs = planScale(scale).councils.map((c) => c.slug);
  return database.db.selectFrom("council").select(["id", "slug", "name"]).where("slug", "in", slugs).orderBy("slug").execute();
}
