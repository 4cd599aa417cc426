import { sql, type Kysely } from "kysely";
import { judgeChainLink, type ChainLink, type CouncilChain } from "./audit-chain";
import { withCouncil } from "./council-scope";
import type { DB } from "./schema";

/**
 * Walks every council's audit chain in the database, each in its own council-scoped transaction (so
 * it reads the same whether the connection is the owner or the runtime role). The walk is one
 * set-based query per council: each row's hash is recomputed from the stored hash of the row before
 * it, and the first row out of place or not matching is returned.
 */
export async function verifyAuditChains(db: Kysely<DB>, only: { councilIds?: string[]; slug?: string } = {}): Promise<CouncilChain[]> {
  let councils = db.selectFrom("council").select(["id", "name", "slug"]).orderBy("name").orderBy("id");
  if (only.councilIds) councils = councils.where("id", "in", only.councilIds.length ? only.councilIds : [null as never]);
  if (only.slug !== undefined) councils = councils.where("slug", "=", only.slug);
  const chains: CouncilChain[] = [];
  for (const council of await councils.execute()) {
    chains.push(await withCouncil(db, council.id, async (trx) => {
      const head = await trx
        .selectFrom("audit_log")
        .select([sql<number>`count(*)`.as("rows"), sql<number | null>`max(seq)`.as("head_seq")])
        .where("council_id", "=", council.id)
        .executeTakeFirstOrThrow();
      const headHash = await trx
        .selectFrom("audit_log")
        .select(sql<string>`encode(hash, 'hex')`.as("hash"))
        .where("council_id", "=", council.id)
        .orderBy("seq", "desc")
        .limit(1)
        .executeTakeFirst();
      const link = await sql<ChainLink>`
        with chain as (
          select a.id::text as id, a.seq,
            coalesce(lag(a.seq) over w, 0) as "prevSeq",
            a.hash = audit_chain_hash(coalesce(lag(a.hash) over w, audit_chain_genesis(a.council_id)), a) as "hashMatches"
          from audit_log a
          where a.council_id = ${council.id}
          window w as (order by a.seq)
        )
        select id, seq, "prevSeq", "hashMatches" from chain
        where seq <> "prevSeq" + 1 or not "hashMatches"
        order by seq
        limit 1`.execute(trx);
      return {
        councilId: council.id, councilName: council.name, slug: council.slug,
        rows: Number(head.rows), headSeq: head.head_seq === null ? null : Number(head.head_seq), headHash: headHash?.hash ?? null,
        firstBreak: judgeChainLink(link.rows[0] ?? null),
      };
    }));
  }
  return chains;
}
