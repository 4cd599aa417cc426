import { Migrator, sql, type Kysely, type Migration, type MigrationProvider } from "kysely";
import * as foundation from "./migrations/0001-foundation";
import * as policyVersions from "./migrations/0002-policy-versions";
import * as caseLifecycle from "./migrations/0003-case-lifecycle";
import * as finance from "./migrations/0004-finance";
import * as analytics from "./migrations/0005-analytics";
import * as exportsSettings from "./migrations/0006-exports";
import * as narrowRollups from "./migrations/0007-narrow-rollups";
import * as paymentIndex from "./migrations/0008-payment-index";
import * as cessationRollups from "./migrations/0009-cessation-rollups";
import * as spendStreamFromPayments from "./migrations/0010-spend-stream-from-payments";
import * as committedByFinancialYear from "./migrations/0011-committed-by-financial-year";
import * as decisionExceptions from "./migrations/0012-decision-exceptions";
import * as decisionConditions from "./migrations/0013-decision-conditions";
import * as directPaymentLedgerBackfill from "./migrations/0014-direct-payment-ledger-backfill";
import * as lettersSent from "./migrations/0015-letters-sent";
import * as monitoringChecks from "./migrations/0016-monitoring-checks";
import * as reviewsWithoutDeadline from "./migrations/0017-reviews-without-deadline";
import * as disclosureMethod from "./migrations/0018-disclosure-method";
import * as databaseRoles from "./migrations/0019-database-roles";
import * as signInThrottle from "./migrations/0020-sign-in-throttle";
import * as auditChain from "./migrations/0021-audit-chain";
import * as moneyCap from "./migrations/0022-money-cap";
import * as runtimeGrants from "./migrations/0023-runtime-grants";
import * as userAdministration from "./migrations/0024-user-administration";
import * as identityProviders from "./migrations/0025-identity-providers";
import * as notifyOutbox from "./migrations/0026-notify-outbox";
import * as localOffer from "./migrations/0028-local-offer";

// Listed in code rather than read from a folder so that bundlers (Next, the pb bundle) keep them.
const migrations: Record<string, Migration> = {
  "0001-foundation": foundation,
  "0002-policy-versions": policyVersions,
  "0003-case-lifecycle": caseLifecycle,
  "0004-finance": finance,
  "0005-analytics": analytics,
  "0006-exports": exportsSettings,
  "0007-narrow-rollups": narrowRollups,
  "0008-payment-index": paymentIndex,
  "0009-cessation-rollups": cessationRollups,
  "0010-spend-stream-from-payments": spendStreamFromPayments,
  "0011-committed-by-financial-year": committedByFinancialYear,
  "0012-decision-exceptions": decisionExceptions,
  "0013-decision-conditions": decisionConditions,
  "0014-direct-payment-ledger-backfill": directPaymentLedgerBackfill,
  "0015-letters-sent": lettersSent,
  "0016-monitoring-checks": monitoringChecks,
  "0017-reviews-without-deadline": reviewsWithoutDeadline,
  "0018-disclosure-method": disclosureMethod,
  "0019-database-roles": databaseRoles,
  "0020-sign-in-throttle": signInThrottle,
  "0021-audit-chain": auditChain,
  "0022-money-cap": moneyCap,
  "0023-runtime-grants": runtimeGrants,
  "0024-user-administration": userAdministration,
  "0025-identity-providers": identityProviders,
  "0026-notify-outbox": notifyOutbox,
  "0028-local-offer": localOffer,
};

const provider: MigrationProvider = { getMigrations: async () => migrations };

/** Every migration this build holds, in order: a release names its last one (release.json). */
export function listMigrationNames(): string[] {
  return Object.keys(migrations);
}

export async function migrateToLatest(db: Kysely<any>): Promise<string[]> {
  const migrator = new Migrator({ db, provider });
  const { error, results } = await migrator.migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error(String(error));
  return (results ?? []).filter((r) => r.status === "Success").map((r) => r.migrationName);
}

/** Migrations this database has not run; all of them when it has never been migrated. */
export async function listPendingMigrations(db: Kysely<any>): Promise<string[]> {
  const applied = await sql<{ name: string }>`select name from kysely_migration`
    .execute(db)
    .then((r) => new Set(r.rows.map((row) => row.name)))
    .catch(() => new Set<string>());
  return Object.keys(migrations).filter((name) => !applied.has(name));
}

/**
 * For an app's start: migrates when something is pending. The runtime role of a production set-up
 * (ADR 0004) may not migrate, so then the error says how to: `pnpm pb migrate` as the owner.
 */
export async function migrateIfAllowed(db: Kysely<any>): Promise<void> {
  const pending = await listPendingMigrations(db);
  if (pending.length === 0) return;
  try {
    await migrateToLatest(db);
  } catch (error) {
    throw new Error(
      `The database lacks ${pending.length} migration(s) (${pending.join(", ")}) and this connection could not run them. ` +
        "Run `pnpm pb migrate` with DATABASE_OWNER_URL set to the owner role's connection (README, Production set-up).",
      { cause: error },
    );
  }
}
