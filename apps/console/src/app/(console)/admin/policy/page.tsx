import { todayIso } from "@pb/calendar";
import type { Metadata } from "next";
import Link from "next/link";

import { formatDate } from "./_lib/format";
import { loadAsUser } from "~/server/load-as-user";
import { AdoptPresetForm } from "./adopt-preset-form";
import { CompareForm } from "./compare-form";
import { StartDraftButton } from "./start-draft-button";
import { VersionsTable } from "./versions-table";
import styles from "./policy.module.css";

export const metadata: Metadata = { title: "Council policy" };

export default async function PolicyPage({ searchParams }: { searchParams: Promise<{ published?: string }> }) {
  const { published: justPublished } = await searchParams;
  const today = todayIso();
  const loaded = await loadAsUser(async (caller) => ({
    versions: await caller.policy.versions(),
    inForce: await caller.policy.inForce({ date: today }),
    nextReview: await caller.policy.nextReview({ date: today }),
    presets: await caller.policy.presets(),
  }));
  const { versions, inForce, nextReview, presets } = loaded;
  const draft = versions.find((v) => v.status === "draft");
  const published = versions.filter((v) => v.status === "published");

  return (
    <>
      <h1>Council policy</h1>
      {justPublished && <p role="status" className={styles.summary}>The draft is published. It never changes from now on.</p>}
      <p className="lede">
        The council&apos;s personal budgets policy, as dated versions. Every request is checked, and every decision judged, by the version in force on its
        day. A published version never changes: to change the policy, start a draft, then publish it from a date.
      </p>

      <section aria-labelledby="in-force-heading" className={styles.summary}>
        <h2 id="in-force-heading">In force today</h2>
        {inForce ? (
          <p>
            <Link href={`/admin/policy/versions/${inForce.versionId}`}>Version {inForce.versionNumber}</Link>, in force from {formatDate(inForce.effectiveFrom)}:{" "}
            {inForce.policy.name}.
          </p>
        ) : (
          <p>No version is in force today.</p>
        )}
      </section>

      {nextReview && (
        <section aria-labelledby="next-review" className={styles.summary}>
          <h2 id="next-review">Next formal review of the policy</h2>
          {nextReview.dueOn ? (
            <>
              <p data-testid="policy-review-due" data-iso={nextReview.dueOn}>
                Due by <strong>{formatDate(nextReview.dueOn)}</strong>. {nextReview.rule}. It shows in the admins&apos; and managers&apos; work queues from{" "}
                {formatDate(nextReview.queuedFrom)}.
              </p>
              {nextReview.source && <p className="source">{nextReview.source}</p>}
            </>
          ) : (
            <p data-testid="policy-review-due" data-iso="">
              Not set by the policy: version {nextReview.versionNumber} names no period for its formal review (timeLimits.policyReview), so none is scheduled.
            </p>
          )}
        </section>
      )}

      {versions.length === 0 && <AdoptPresetForm presets={presets} />}

      {draft ? (
        <section aria-labelledby="draft-heading">
          <h2 id="draft-heading">The draft</h2>
          <p>
            Version {draft.versionNumber} is a draft{draft.changeNote ? `: ${draft.changeNote}` : ""}. Nobody&apos;s requests are checked by it until it is
            published.
          </p>
          <div className={styles.actions}>
            <Link className="button" href={`/admin/policy/draft/${draft.id}`}>
              Continue the draft
            </Link>
            <Link href="/admin/policy/try">Try a request</Link>
            {inForce && <Link href={`/admin/policy/diff?from=${inForce.versionId}&to=${draft.id}`}>Compare the draft with the version in force</Link>}
            <Link href={`/admin/policy/draft/${draft.id}/publish`}>Publish the draft</Link>
          </div>
        </section>
      ) : (
        published.length > 0 && <StartDraftButton />
      )}

      <h2 id="history-heading">History</h2>
      {versions.length === 0 ? <p>The council has no policy yet. Start from a preset above.</p> : <VersionsTable versions={versions} inForceId={inForce?.versionId ?? null} today={today} />}

      {versions.length > 1 && <CompareForm versions={versions} />}
    </>
  );
}
