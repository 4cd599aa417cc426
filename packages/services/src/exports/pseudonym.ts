import { createHmac, randomBytes } from "node:crypto";
import { sql, type RawBuilder } from "kysely";
import type { CouncilTransaction } from "@pb/db";

/** Keyed with the council's own secret: stable within a council, unlinkable across councils, not reversible without the key. */
export type Pseudonymiser = (kind: PseudonymKind, id: string) => string;
export type PseudonymKind = "child" | "budget" | "line";

export const PSEUDONYM_PREFIX: Record<PseudonymKind, string> = { child: "C", budget: "B", line: "L" };
// 80 bits of HMAC-SHA256: collisions stay unlikely past ten million children (birthday bound ~1e12).
export const PSEUDONYM_HEX_LENGTH = 20;
// A few thousand children's pseudonyms at most: enough for any page of rows, small enough to ignore.
const CACHE_LIMIT = 4096;

export function createPseudonymiser(secretHex: string): Pseudonymiser {
  if (!/^[0-9a-f]{64}$/.test(secretHex)) throw new RangeError("a pseudonym secret is 32 bytes written as 64 hex digits");
  const key = Buffer.from(secretHex, "hex");
  const cache = new Map<string, string>();
  return (kind, id) => {
    const message = `${kind}:${id}`;
    const known = cache.get(message);
    if (known) return known;
    const value = `${PSEUDONYM_PREFIX[kind]}-${createHmac("sha256", key).update(message).digest("hex").slice(0, PSEUDONYM_HEX_LENGTH)}`;
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(message, value);
    return value;
  };
}

/** The key XORed with HMAC's inner and outer pads (RFC 2104), so the database can compute the same HMAC. */
export type PseudonymPads = { inner: Buffer; outer: Buffer };

export function derivePseudonymPads(secretHex: string): PseudonymPads {
  if (!/^[0-9a-f]{64}$/.test(secretHex)) throw new RangeError("a pseudonym secret is 32 bytes written as 64 hex digits");
  const block = Buffer.alloc(64);
  Buffer.from(secretHex, "hex").copy(block);
  return { inner: Buffer.from(block.map((b) => b ^ 0x36)), outer: Buffer.from(block.map((b) => b ^ 0x5c)) };
}

/**
 * The same pseudonym as createPseudonymiser, as SQL: HMAC-SHA256 written out with the database's own
 * sha256(), so a million-row extract hashes in the database's C code, beside the rows, not in Node.
 */
export function sqlPseudonym(pads: PseudonymPads, kind: PseudonymKind, id: RawBuilder<unknown>): RawBuilder<string> {
  const message = sql`convert_to(${`${kind}:`} || ${id}::text, 'UTF8')`;
  const digest = sql`sha256(${pads.outer}::bytea || sha256(${pads.inner}::bytea || ${message}))`;
  return sql<string>`${`${PSEUDONYM_PREFIX[kind]}-`} || substr(encode(${digest}, 'hex'), 1, ${sql.lit(PSEUDONYM_HEX_LENGTH)})`;
}

/** The council's pseudonym secret, made on first use (32 random bytes) and never changed after. */
export async function getPseudonymSecret(db: CouncilTransaction, councilId: string): Promise<string> {
  const existing = await readSecret(db, councilId);
  if (existing) return existing;
  await db
    .insertInto("council_secret")
    .values({ council_id: councilId, purpose: "pseudonym", secret_hex: randomBytes(32).toString("hex") })
    .onConflict((oc) => oc.columns(["council_id", "purpose"]).doNothing())
    .execute();
  const made = await readSecret(db, councilId);
  if (!made) throw new Error("the pseudonym secret could not be stored");
  return made;
}

async function readSecret(db: CouncilTransaction, councilId: string): Promise<string | undefined> {
  const row = await db.selectFrom("council_secret").select("secret_hex").where("council_id", "=", councilId).where("purpose", "=", "pseudonym").executeTakeFirst();
  return row?.secret_hex;
}
