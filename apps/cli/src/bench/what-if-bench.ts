import type { Kysely } from "kysely";
import { withCouncil, type DB } from "@pb/db";
import { openDraft, readPolicyVersion, runWhatIf, saveDraft, type ServiceContext } from "@pb/services";
import type { Policy } from "@pb/eligibility";

class RollBack extends Error {
  constructor(readonly value: { ms: number; checked: number; changed: number }) {
    super("roll back");
  }
}

/** The draft the benchmark tries: the council's policy, no longer paying for personal assistants. */
function stopPersonalAssistants(policy: Policy): Policy {
  const draft = structuredClone(policy);
  const rule = draft.streams.social_care?.services.personal_assistant;
  if (rule) Object.assign(rule, { personalBudget: false, directPayment: false });
  return draft;
}

/**
 * For one council, in a transaction that is rolled back afterwards (the benchmark leaves no drafts):
 * opens a draft that stops one service, then times the what-if over every request the council has.
 */
export async function timeCouncilWhatIf(db: Kysely<DB>, councilId: string, period: { from: string; to: string }): Promise<{ ms: number; checked: number; changed: number }> {
  try {
    await withCouncil(db, councilId, async (trx) => {
      const ctx: ServiceContext = { db: trx, councilId, actorUserId: null, today: period.to };
      const existing = await trx.selectFrom("policy_version").select("id").where("council_id", "=", councilId).where("status", "=", "draft").executeTakeFirst();
      const draftId = existing?.id ?? (await openDraft(ctx, {}));
      const draft = await readPolicyVersion(ctx, draftId);
      await saveDraft(ctx, { draftId, version: draft.row.version, document: stopPersonalAssistants(draft.policy), changeNote: "Benchmark: no personal assistants" });
      const started = performance.now();
      const result = await runWhatIf(ctx, { ...period, policyVersionId: draftId });
      throw new RollBack({ ms: performance.now() - started, checked: result.summary.checked, changed: result.summary.changed });
    });
  } catch (error) {
    if (error instanceof RollBack) return error.value;
    throw error;
  }
  throw new Error("unreachable");
}

/** Every council one after another: the time a national what-if takes, and how many lines it checked. */
export async function timeNationalWhatIf(db: Kysely<DB>, councilIds: readonly string[], period: { from: string; to: string }) {
  let ms = 0;
  let checked = 0;
  let changed = 0;
  for (const councilId of councilIds) {
    const one = await timeCouncilWhatIf(db, councilId, period);
    ms += one.ms;
    checked += one.checked;
    changed += one.changed;
  }
  return { ms, checked, changed };
}
