import type { Metadata } from "next";
import Link from "next/link";
import "~/app/(console)/requests/_lib/case-pages.css";
import { loadAsUser } from "~/server/load-as-user";
import { CaseHistory } from "../case-history";

export const metadata: Metadata = { title: "Case history" };

/** A child's whole history, a page at a time, newest first; `?before=` carries on from a page's last change. */
export default async function CaseHistoryPage({ params, searchParams }: { params: Promise<{ childId: string }>; searchParams: Promise<{ before?: string | string[] }> }) {
  const { childId } = await params;
  const { before } = await searchParams;
  const from = typeof before === "string" && before ? before : undefined;
  const loaded = await loadAsUser((caller) => caller.children.history({ childId, ...(from ? { before: from } : {}) }));
  const page = loaded;
  return (
    <>
      <p>
        <Link href={`/cases/${childId}`}>Back to case {page.child.reference}</Link>
      </p>
      <h1>History of case {page.child.reference}</h1>
      <p>{from ? "Older changes, newest first." : "Every change to this case, newest first."}</p>
      <CaseHistory childId={childId} history={page} caption={from ? "Older changes to this case" : "Changes to this case, newest first"} />
      {from && (
        <p>
          <Link href={`/cases/${childId}/history`}>Back to the newest changes</Link>
        </p>
      )}
    </>
  );
}
