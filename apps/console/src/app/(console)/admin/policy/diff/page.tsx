import type { Metadata } from "next";
import Link from "next/link";
import { formatDate } from "../_lib/format";
import { loadAsUser } from "~/server/load-as-user";
import type { VersionSummary } from "../_lib/types";
import { CompareForm } from "../compare-form";
import { DifferencesTable } from "./differences-table";

export const metadata: Metadata = { title: "Compare policy versions" };

const describe = (v: VersionSummary) =>
  `version ${v.versionNumber} (${v.status === "draft" ? "draft" : `in force from ${formatDate(v.effectiveFrom)}`})`;

export default async function DiffPage({ searchParams }: { searchParams: Promise<{ from?: string; to?: string }> }) {
  const { from, to } = await searchParams;
  const loaded = await loadAsUser(async (caller) => ({
    versions: await caller.policy.versions(),
    comparison: from && to ? await caller.policy.diff({ fromId: from, toId: to }) : null,
  }));
  const { versions, comparison } = loaded;

  return (
    <>
      <p>
        <Link href="/admin/policy">Council policy</Link>
      </p>
      <h1>Compare policy versions</h1>
      <CompareForm versions={versions} from={from} to={to} />
      {comparison && (
        <>
          <h2 id="differences-heading">
            From {describe(comparison.from)} to {describe(comparison.to)}
          </h2>
          <p role="status">
            {comparison.differences.length === 0
              ? "The two versions set everything the same."
              : `${comparison.differences.length} setting${comparison.differences.length === 1 ? " differs" : "s differ"}, including the citations of sources.`}
          </p>
          {comparison.differences.length > 0 && (
            <DifferencesTable differences={comparison.differences} fromLabel={`Version ${comparison.from.versionNumber}`} toLabel={`Version ${comparison.to.versionNumber}`} />
          )}
        </>
      )}
    </>
  );
}
