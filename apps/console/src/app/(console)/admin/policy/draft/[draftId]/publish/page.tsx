import { todayIso } from "@pb/calendar";
import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";

import { formatDate } from "../../../_lib/format";
import { loadAsUser } from "~/server/load-as-user";
import { DifferencesTable } from "../../../diff/differences-table";
import { PublishForm } from "./publish-form";

export const metadata: Metadata = { title: "Publish the policy draft" };

export default async function PublishPage({ params }: { params: Promise<{ draftId: string }> }) {
  const { draftId } = await params;
  const today = todayIso();
  const loaded = await loadAsUser(async (caller) => {
    const detail = await caller.policy.get({ versionId: draftId });
    const inForce = await caller.policy.inForce({ date: today });
    const versions = await caller.policy.versions();
    const comparison = inForce ? await caller.policy.diff({ fromId: inForce.versionId, toId: draftId }) : null;
    return { detail, inForce, versions, comparison };
  });
  const { detail, inForce, versions, comparison } = loaded;
  if (detail.status !== "draft") redirect(`/admin/policy/versions/${draftId}`);
  const latestPublished = versions.reduce<string | null>((max, v) => (v.effectiveFrom && (!max || v.effectiveFrom > max) ? v.effectiveFrom : max), null);

  return (
    <>
      <p>
        <Link href={`/admin/policy/draft/${draftId}`}>Back to the draft</Link>
      </p>
      <h1>Publish version {detail.version.versionNumber}</h1>
      <p className="lede">
        Once published, this version never changes. From its effective date every new request is checked by it; requests and decisions already
        recorded keep the version they were judged by.
      </p>
      <p>What changed: {detail.version.changeNote || "no note yet — add one in the draft before you publish"}</p>
      {comparison && inForce && (
        <>
          <h2 id="differences-heading">What changes from version {comparison.from.versionNumber}, in force today</h2>
          {comparison.differences.length === 0 ? (
            <p>Nothing: the draft sets everything as the version in force does.</p>
          ) : (
            <DifferencesTable differences={comparison.differences} fromLabel={`Version ${comparison.from.versionNumber}`} toLabel={`Draft version ${comparison.to.versionNumber}`} />
          )}
        </>
      )}
      <PublishForm
        draftId={draftId}
        version={detail.version.version}
        hint={`Today or later${latestPublished ? `, and after ${formatDate(latestPublished)}, when the latest published version took effect` : ""}.`}
      />
    </>
  );
}
