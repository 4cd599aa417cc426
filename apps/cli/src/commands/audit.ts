import { describeCouncilChain, summariseChains, verifyAuditChains } from "@pb/db";
import { openDatabaseFromEnv } from "../database-from-env";
import { parseFlags, usageError } from "../io";

export const AUDIT_USAGE = `usage: pb audit verify [--council <slug>]
  Walks each council's audit chain: every row's hash must follow from the row before it.
  Prints one line a council (OK with its rows and head hash, or the first row edited or missing)
  and a summary; exits 0 when every chain is whole, 1 when one is broken.
  Keep the head hashes it prints somewhere else: a chain whose newest rows were cut off, or all
  rewritten by someone with the database's superuser, is found only by comparing with them.`;

export const EXIT_CHAIN_BROKEN = 1;

export async function run(args: string[]): Promise<number> {
  const [sub, ...rest] = args;
  if (sub === "--help" || sub === "-h" || sub === "help") {
    process.stdout.write(`${AUDIT_USAGE}\n`);
    return 0;
  }
  if (sub !== "verify") return usageError(sub ? `audit: unknown subcommand "${sub}"\n${AUDIT_USAGE}` : AUDIT_USAGE);
  const flags = parseFlags(rest, { values: ["council"] });
  const database = await openDatabaseFromEnv();
  try {
    const chains = await verifyAuditChains(database.db, flags.council ? { slug: flags.council } : {});
    if (flags.council && chains.length === 0) return usageError(`--council: no council "${flags.council}"`);
    for (const chain of chains) process.stdout.write(`${describeCouncilChain(chain)}\n`);
    const summary = summariseChains(chains);
    process.stdout.write(`${summary.line}\n`);
    return summary.ok ? 0 : EXIT_CHAIN_BROKEN;
  } finally {
    await database.close();
  }
}
