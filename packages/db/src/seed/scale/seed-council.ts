import { DEMO_USERS } from "../demo-people";
import { createRandom } from "../random";
import { CopyBatch, LOAD_ORDER, type CopyTable } from "./copy-rows";
import { createIdMaker } from "./ids";
import { buildCatalogue } from "./scale-catalogue";
import { writeScaleChild } from "./scale-child";
import type { ScaleStoryContext, ScaleVersion } from "./scale-context";
import { dayOf, stampOf } from "./scale-dates";
import { copyBatch, type ScaleLoader } from "./scale-loader";
import { buildScalePolicies } from "./scale-policies";
import { SCALE_HISTORY_START, SCALE_TODAY, type ScaleCouncil, type ScalePlan } from "./scale-plans";

export type RowCounts = Record<CopyTable | "council" | "app_user" | "council_membership" | "policy_version" | "audit_log", number>;

/** Children generated, and their rows copied, per batch: big enough for few COPY round trips, small enough to stay light. */
const CHILDREN_PER_BATCH = 1_000;
/** Children whose plans ceased during the records, beside those with a plan today. */
const FORMER_SHARE = 0.4;
const yieldToIo = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * One council, in the caller's transaction: its users and two policy versions by INSERT, then its
 * children's stories generated a batch at a time and copied while the next batch is generated.
 */
export async function seedScaleCouncil(loader: ScaleLoader, plan: ScalePlan, council: ScaleCouncil, passwordHash: string, counts: RowCounts): Promise<string> {
  const id = createIdMaker(plan.code, council.index);
  const councilId = id("council");
  const created = stampOf(SCALE_HISTORY_START);
  await loader.query("insert into council (id, name, slug, created_at) values ($1, $2, $3, $4)", [councilId, council.name, council.slug, created]);
  counts.council++;
  const users: Record<string, string> = {};
  for (const user of DEMO_USERS) {
    const userId = id("app_user");
    users[user.role] = userId;
    const email = `${user.email.split("@")[0] ?? user.role}@${council.slug}.test`;
    await loader.query("insert into app_user (id, email, display_name, password_hash, created_at) values ($1, $2, $3, $4, $5)", [userId, email, `${user.name} (${council.name})`, passwordHash, created]);
    await loader.query("insert into council_membership (council_id, user_id, role) values ($1, $2, $3)", [councilId, userId, user.role]);
    counts.app_user++;
    counts.council_membership++;
  }
  const admin = users.admin ?? null;
  const versions: ScaleVersion[] = buildScalePolicies(council.presetId, { first: id("policy_version"), second: id("policy_version") }, council.name).map((v) => ({ ...v, catalogue: buildCatalogue(v.policy) }));
  for (const [i, v] of versions.entries()) {
    await loader.query(
      `insert into policy_version (council_id, id, version_number, status, preset_id, based_on_version_id, document, change_note, effective_from, published_at, published_by, created_at)
       values ($1, $2, $3, 'published', $4, $5, $6::jsonb, $7, $8, $9, $10, $9)`,
      [councilId, v.id, v.versionNumber, v.presetId, i > 0 ? (versions[i - 1]?.id ?? null) : null, JSON.stringify(v.policy), v.changeNote, v.effectiveFrom, `${v.effectiveFrom} 09:00:00+00`, admin],
    );
    counts.policy_version++;
  }

  const ctx: ScaleStoryContext = {
    councilId, referencePrefix: `S${plan.code}${String(council.index).padStart(3, "0")}-`, today: SCALE_TODAY, todayDay: dayOf(SCALE_TODAY),
    random: createRandom(plan.seed * 1_000 + council.index), id, batch: new CopyBatch(), versions, personalBudgetShare: plan.personalBudgetShare,
    users: { caseOfficer: users.case_officer ?? "", panelMember: users.panel_member ?? "" },
  };
  let inFlight: Promise<void> | null = null;
  const children = council.ehcpChildren + Math.round(council.ehcpChildren * FORMER_SHARE);
  for (let first = 0; first < children; first += CHILDREN_PER_BATCH) {
    const batch = new CopyBatch();
    ctx.batch = batch;
    const last = Math.min(first + CHILDREN_PER_BATCH, children);
    for (let i = first; i < last; i++) {
      writeScaleChild(ctx, i + 1, i >= council.ehcpChildren);
      // Let the socket drain the previous batch while this one is made.
      if ((i & 15) === 15) await yieldToIo();
    }
    if (inFlight) await inFlight;
    for (const table of LOAD_ORDER) counts[table] += batch.count(table);
    inFlight = copyBatch(loader, batch);
    inFlight.catch(() => undefined);
  }
  if (inFlight) await inFlight;
  await loader.query(
    "insert into audit_log (council_id, actor_user_id, action, entity, entity_id, after, at) values ($1, null, 'seed.scale', 'council', $2, $3::jsonb, $4)",
    [councilId, councilId, JSON.stringify({ scale: plan.scale, ehcpChildren: council.ehcpChildren, today: SCALE_TODAY }), created],
  );
  counts.audit_log++;
  return councilId;
}
