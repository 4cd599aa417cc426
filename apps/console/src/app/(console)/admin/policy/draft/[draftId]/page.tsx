import { getPolicyVocabulary } from "@pb/eligibility";
import { todayIso } from "@pb/calendar";
import type { Metadata } from "next";
import Link from "next/link";

import { loadAsUser } from "~/server/load-as-user";
import { DraftEditor } from "../../_editor/draft-editor";

export const metadata: Metadata = { title: "Edit the policy draft" };

export default async function DraftPage({ params }: { params: Promise<{ draftId: string }> }) {
  const { draftId } = await params;
  const loaded = await loadAsUser(async (caller) => ({
    detail: await caller.policy.get({ versionId: draftId }),
    inForce: await caller.policy.inForce({ date: todayIso() }),
  }));
  const { detail, inForce } = loaded;
  if (detail.status !== "draft") {
    return (
      <>
        <h1>Version {detail.version.versionNumber} is published</h1>
        <p>A published version never changes. To change the policy, start a new draft from the policy page.</p>
        <p>
          <Link href={`/admin/policy/versions/${draftId}`}>See version {detail.version.versionNumber}</Link> or go back to the{" "}
          <Link href="/admin/policy">council policy</Link>.
        </p>
      </>
    );
  }
  return (
    <>
      <p>
        <Link href="/admin/policy">Council policy</Link>
      </p>
      <h1>Edit the draft: version {detail.version.versionNumber}</h1>
      <p className="lede">
        Change what you need, then save. The whole draft is checked when you save, and any setting that is not valid is listed at the top. A setting you
        change cites the council as its source. See <Link href={`/admin/policy/versions/${draftId}`}>where each setting comes from</Link>.
      </p>
      <DraftEditor
        draftId={draftId}
        initialDocument={detail.document}
        initialVersion={detail.version.version}
        initialNote={detail.version.changeNote}
        vocabulary={getPolicyVocabulary()}
        inForceId={inForce?.versionId ?? null}
      />
    </>
  );
}
