import { getPolicyVocabulary, listPolicyPresets } from "@pb/eligibility";
import { todayIso } from "@pb/calendar";
import type { Metadata } from "next";
import Link from "next/link";

import { describeStatus, formatDate, formatTimestamp } from "../../_lib/format";
import { loadAsUser } from "~/server/load-as-user";
import { CessationSection } from "../../_view/cessation-section";
import { DirectPaymentsSection } from "../../_view/direct-payments-section";
import { FinanceSection } from "../../_view/finance-section";
import { MarkerKey } from "../../_view/marker";
import { StatementsSection } from "../../_view/statements-section";
import { ContactsSection } from "../../_view/contacts-section";
import { StreamSection } from "../../_view/stream-section";
import { TimeLimitsSection } from "../../_view/time-limits-section";
import styles from "../../policy.module.css";

export const metadata: Metadata = { title: "Policy version" };

export default async function VersionPage({ params }: { params: Promise<{ versionId: string }> }) {
  const { versionId } = await params;
  const today = todayIso();
  const loaded = await loadAsUser(async (caller) => ({
    detail: await caller.policy.get({ versionId }),
    inForce: await caller.policy.inForce({ date: today }),
  }));
  const { detail, inForce } = loaded;
  const { version, document: policy, provenance } = detail;
  const vocabulary = getPolicyVocabulary();
  const preset = listPolicyPresets().find((p) => p.id === version.presetId);
  const status = describeStatus(version, inForce?.versionId ?? null, today);

  return (
    <>
      <p>
        <Link href="/admin/policy">Council policy</Link>
      </p>
      <h1>
        Version {version.versionNumber}: {status.toLowerCase()}
      </h1>
      <div className={styles.summary}>
        <p>
          <strong>{policy.name}</strong>
          {preset ? `, started from the ${preset.name} preset (${preset.document})` : ""}.
        </p>
        {version.status === "published" ? (
          <p>
            In force from {formatDate(version.effectiveFrom)}. Published by {version.publishedBy ?? "an administrator"} on {formatTimestamp(version.publishedAt)}.
          </p>
        ) : (
          <p>A draft: no request is checked by it until it is published.</p>
        )}
        <p>What changed: {version.changeNote || "no note"}</p>
      </div>
      <div className={styles.actions}>
        {version.status === "draft" && (
          <Link className="button" href={`/admin/policy/draft/${version.id}`}>
            Edit the draft
          </Link>
        )}
        {inForce && inForce.versionId !== version.id && (
          <Link href={`/admin/policy/diff?from=${inForce.versionId}&to=${version.id}`}>Compare with the version in force</Link>
        )}
        {version.basedOnVersionId && <Link href={`/admin/policy/diff?from=${version.basedOnVersionId}&to=${version.id}`}>Compare with the version it was based on</Link>}
      </div>
      <MarkerKey presetName={preset && preset.inherits ? preset.name : null} />
      <nav aria-label="Parts of the policy">
        <ul>
          {vocabulary.streams.map((s) => (
            <li key={s.code}>
              <a href={`#stream-${s.code}`}>{s.label}</a>
            </li>
          ))}
          <li><a href="#direct-payments-heading">Direct payments</a></li>
          <li><a href="#time-limits-heading">Time limits</a></li>
          <li><a href="#finance-heading">Finance</a></li>
          <li><a href="#cessation-heading">Cessation reasons</a></li>
          <li><a href="#statements-heading">Statements</a></li>
          <li><a href="#contacts-heading">Contacts for families</a></li>
        </ul>
      </nav>
      {vocabulary.streams.map((stream) => (
        <StreamSection key={stream.code} stream={stream} policy={policy} provenance={provenance} vocabulary={vocabulary} />
      ))}
      <DirectPaymentsSection policy={policy} provenance={provenance} />
      <TimeLimitsSection policy={policy} provenance={provenance} vocabulary={vocabulary} />
      <FinanceSection policy={policy} provenance={provenance} vocabulary={vocabulary} />
      <CessationSection policy={policy} provenance={provenance} vocabulary={vocabulary} />
      <StatementsSection policy={policy} provenance={provenance} />
      <ContactsSection policy={policy} provenance={provenance} />
    </>
  );
}
