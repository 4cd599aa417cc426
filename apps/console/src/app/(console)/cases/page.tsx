import type { Metadata } from "next";
import { cookies } from "next/headers";
import Link from "next/link";
import { loadAsUser } from "~/server/load-as-user";
import "~/app/(console)/requests/_lib/case-pages.css";
import { ChildrenTable } from "./children-table";
import { ListFilters } from "./list-filters";
import { getCaseAccess } from "./_lib/load-access";
import { listHref, readListQuery, SEARCH_COOKIE, sortHref, toListInput } from "./_lib/list-query";

export const metadata: Metadata = { title: "Children and young people" };

export default async function CasesPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { access, write } = await getCaseAccess();
  const query = readListQuery(await searchParams, access, (await cookies()).get(SEARCH_COOKIE)?.value ?? "");
  const loaded = await loadAsUser((caller) => caller.children.list(toListInput(query)));
  const list = loaded;
  const pages = Math.max(1, Math.ceil(list.total / list.pageSize));
  const from = list.total === 0 ? 0 : (list.page - 1) * list.pageSize + 1;
  const to = Math.min(list.total, list.page * list.pageSize);
  const hrefs = { reference: sortHref(query, "reference"), name: sortHref(query, "name"), age: sortHref(query, "age"), nextReview: sortHref(query, "nextReview") };
  return (
    <>
      <h1>Children and young people</h1>
      <p className="lede">
        Everyone aged 0 to 25 with a plan the council keeps{access.names ? "" : ". Your role sees references, not names"}. Open a reference to see the whole case.
      </p>
      {write && (
        <p>
          <Link className="button" href="/cases/new">
            Add a child or young person
          </Link>
        </p>
      )}
      <ListFilters query={query} names={access.names} />
      <p role="status">
        {list.total === 0 ? "No children or young people match." : `Showing ${from} to ${to} of ${list.total} children and young people.`}
      </p>
      {list.rows.length > 0 && (
        <ChildrenTable rows={list.rows} access={access} sort={query.sort} dir={query.dir} sortHrefs={hrefs} caption={`Children and young people, page ${list.page} of ${pages}`} />
      )}
      {pages > 1 && (
        <nav aria-label="Pages of the list" className="button-row">
          {list.page > 1 ? <Link href={listHref(query, { page: list.page - 1 })}>Previous page</Link> : null}
          <span>
            Page {list.page} of {pages}
          </span>
          {list.page < pages ? <Link href={listHref(query, { page: list.page + 1 })}>Next page</Link> : null}
        </nav>
      )}
    </>
  );
}
