import type { Metadata } from "next";
import Link from "next/link";
import "~/app/(console)/requests/_lib/case-pages.css";
import { loadAsUser } from "~/server/load-as-user";
import { PLAN_LABELS, formatDate, labelOf } from "~/app/(console)/requests/_lib/words";
import { PLAN_STATUS_LABELS, yesNoUnknown } from "../_lib/case-words";
import { getCaseAccess } from "../_lib/load-access";
import type { CaseView } from "../_lib/types";
import { CaseBudgets } from "./case-budgets";
import { CaseHistorySection } from "./case-history";
import { CaseRequests } from "./case-requests";
import { CaseConditions } from "./case-conditions";
import { CaseMessages } from "./case-messages";
import { notifyConfigured } from "~/server/notify-sender";
import { getAbilities } from "~/app/(console)/requests/_lib/abilities";
import { todayIso } from "@pb/services";
import { CaseCessations, CaseDisagreements, CaseReviews } from "./case-reviews";
import { ChildForm } from "./child-form";
import { PlanForm } from "./plan-form";

export const metadata: Metadata = { title: "Case" };

function ChildSummary({ view }: { view: CaseView }) {
  const c = view.child;
  return (
    <dl className="summary-list">
      <dt>Reference</dt>
      <dd>{c.reference}</dd>
      {view.access.names && (
        <>
          <dt>Name</dt>
          <dd>
            {c.givenName} {c.familyName}
          </dd>
        </>
      )}
      {view.access.dateOfBirth && (
        <>
          <dt>Date of birth</dt>
          <dd>
            {formatDate(c.dateOfBirth)} (aged {c.age})
          </dd>
        </>
      )}
      <dt>Eligible for continuing care</dt>
      <dd>{c.continuingCareEligible ? "Yes" : "No"}</dd>
      <dt>Short breaks level</dt>
      <dd>{c.shortBreaksLevel ?? "Not assessed"}</dd>
      <dt>Entitled to transport</dt>
      <dd>{c.transportEntitled ? "Yes" : "No"}</dd>
      <dt>Young person has capacity</dt>
      <dd>{yesNoUnknown(c.youngPersonHasCapacity)}</dd>
    </dl>
  );
}

function Plans({ view, write }: { view: CaseView; write: boolean }) {
  return (
    <section aria-labelledby="plans-heading" className="request-section">
      <h2 id="plans-heading">Plans</h2>
      {view.plans.length === 0 && <p>No plan recorded.</p>}
      {view.plans.map((p, i) => (
        <div key={p.id}>
          <h3 id={`plan-${i}`}>
            {labelOf(PLAN_LABELS, p.type)}: {labelOf(PLAN_STATUS_LABELS, p.status).toLowerCase()}
          </h3>
          <dl className="summary-list">
            <dt>Issued</dt>
            <dd>{formatDate(p.issuedOn)}</dd>
            <dt>Last annual review</dt>
            <dd>{formatDate(p.lastAnnualReviewOn)}</dd>
            <dt>Next annual review</dt>
            <dd>{formatDate(p.nextAnnualReviewOn)}</dd>
          </dl>
          <h4>Outcomes (Section E)</h4>
          {p.outcomes.length === 0 ? (
            <p>No outcomes recorded.</p>
          ) : (
            <ul>
              {p.outcomes.map((o) => (
                <li key={o.id}>
                  <strong>{o.code}</strong>: {o.description}
                </li>
              ))}
            </ul>
          )}
          {write && (
            <details>
              <summary>Change this plan<span className="visually-hidden">: {labelOf(PLAN_LABELS, p.type)}</span></summary>
              <PlanForm key={`${p.id}-${p.version}`} childId={view.child.id} plan={p} label={`Change the ${labelOf(PLAN_LABELS, p.type)}`} />
            </details>
          )}
        </div>
      ))}
      {write && (
        <details>
          <summary>Add a plan</summary>
          <PlanForm key={`new-${view.plans.length}`} childId={view.child.id} plan={null} label="Add a plan" />
        </details>
      )}
    </section>
  );
}

export default async function CasePage({ params }: { params: Promise<{ childId: string }> }) {
  const { childId } = await params;
  const loaded = await loadAsUser((caller) => caller.children.get({ childId }));
  const view = loaded;
  const { write } = await getCaseAccess();
  const can = await getAbilities();
  const messages = can.letters ? await loadAsUser((caller) => caller.outbox.forChild({ childId })) : null;
  return (
    <>
      <p>
        <Link href="/cases">Back to children and young people</Link>
      </p>
      <h1>Case {view.child.reference}</h1>
      <section aria-labelledby="child-heading">
        <h2 id="child-heading">The child or young person</h2>
        <ChildSummary view={view} />
        {write && view.access.names && view.access.dateOfBirth && (
          <details>
            <summary>Change these details</summary>
            <ChildForm key={view.child.version} child={view.child} />
          </details>
        )}
      </section>
      <Plans view={view} write={write} />
      <CaseRequests view={view} write={write} />
      <CaseConditions view={view} canConfirm={can.confirmConditions} today={todayIso()} />
      <CaseBudgets view={view} />
      <CaseReviews view={view} />
      <CaseCessations view={view} write={write} letters={can.letters} />
      <CaseDisagreements view={view} letters={can.letters} />
      {messages && <CaseMessages messages={messages} notifyConfigured={notifyConfigured()} />}
      <CaseHistorySection childId={view.child.id} history={view.history} />
    </>
  );
}
