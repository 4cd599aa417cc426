import type { Metadata } from "next";
import { addDays, financialYearOf, formatIsoDateEnGb, parseIsoDate, todayIso } from "@pb/calendar";
import { describePolicyChange, describePolicyVersion, describeSmallNumbers, formatMadeAt, formatWholeNumber, type ReviewPack } from "@pb/reports";

import { answerOrProblem, loadAsUser } from "~/server/load-as-user";
import { PackChart } from "./pack-chart";
import { PackTable } from "./pack-table";
import { PrintButton } from "./print-button";

export const metadata: Metadata = { title: "Policy review pack" };

// On paper: no navigation or controls, each part on a new page, tables and bars kept whole.
const PRINT_CSS = `
@media print {
  .header, .skip-link, .no-print { display: none !important; }
  main { max-width: none; padding: 0; }
  .pack-section { break-before: page; }
  table, figure { break-inside: avoid; }
  a { color: inherit; text-decoration: none; }
  body { font-size: 10pt; }
}
.pack-chart { margin: 1rem 0; }
.pack-chart figcaption { font-weight: 700; }
.pack-chart svg text { fill: var(--ink); }
`;

/** The latest whole financial year before today: the usual period of a yearly review. */
function defaultPeriod(today: string): { from: string; to: string } {
  const current = financialYearOf(parseIsoDate(today));
  const lastEnd = addDays(current.start, -1);
  return { from: financialYearOf(lastEnd).start, to: lastEnd };
}

export default async function ReviewPackPage({ searchParams }: { searchParams: Promise<{ from?: string; to?: string }> }) {
  const params = await searchParams;
  const fallback = defaultPeriod(todayIso());
  const from = params.from || fallback.from;
  const to = params.to || fallback.to;
  const loaded = await loadAsUser((caller) => answerOrProblem(() => caller.exports.reviewPack({ from, to })));
  const pack: ReviewPack | null = loaded.data;
  const problem: string | null = loaded.problem;

  return (
    <>
      <style>{PRINT_CSS}</style>
      <h1>Policy review pack</h1>
      <form className="filters no-print" method="get" aria-label="Review period">
        <div>
          <label htmlFor="from">From</label>
          <input id="from" name="from" type="date" defaultValue={from} />
        </div>
        <div>
          <label htmlFor="to">To</label>
          <input id="to" name="to" type="date" defaultValue={to} />
        </div>
        <button className="button secondary" type="submit">
          Show
        </button>
        {pack && (
          <>
            <a className="button" href={`/api/exports/review-pack?from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}`} download>
              Download the pack as PDF
            </a>
            <PrintButton />
          </>
        )}
      </form>
      {problem && (
        <div className="error-summary" role="alert">
          <h2>There is a problem</h2>
          <p>{problem}</p>
        </div>
      )}
      {pack && <PackBody pack={pack} />}
    </>
  );
}

function PackBody({ pack }: { pack: ReviewPack }) {
  const { about } = pack;
  return (
    <article aria-labelledby="pack-title">
      <h2 id="pack-title">
        {about.councilName}: {formatIsoDateEnGb(about.from)} to {formatIsoDateEnGb(about.to)}
      </h2>
      <p>
        Made {formatMadeAt(about.madeAt)} by a {about.madeByRole}. {about.source}
      </p>
      <ul>
        {pack.dataRows.map((r) => (
          <li key={r.label}>
            {r.label}: {r.count === null ? `fewer than ${about.suppressionThreshold ?? ""}` : formatWholeNumber(r.count)}
          </li>
        ))}
      </ul>
      {describeSmallNumbers(about).map(([item, words]) => (
        <p className="lede" key={item}>
          {words}
        </p>
      ))}
      <h2>Policy versions in force in the period</h2>
      {about.policyVersions.length === 0 ? <p>No published policy was in force in this period.</p> : (
        <ul>
          {about.policyVersions.map((v) => (
            <li key={v.versionNumber}>{describePolicyVersion(v)}</li>
          ))}
        </ul>
      )}
      <h3>What changed between them</h3>
      {pack.policyChanges.length === 0 ? <p>Only one version was in force, so nothing changed during the period.</p> : pack.policyChanges.map((set) => (
        <section key={set.toVersion} aria-label={`Changes from version ${set.fromVersion} to version ${set.toVersion}`}>
          <h4>
            Version {set.fromVersion} to version {set.toVersion}, from {formatIsoDateEnGb(set.effectiveFrom)}: {set.changes.length} settings changed
          </h4>
          <ul>
            {set.changes.map((change) => (
              <li key={change.path}>{describePolicyChange(change)}</li>
            ))}
          </ul>
        </section>
      ))}
      {pack.sections.map((section) => (
        <section key={section.id} className="pack-section" aria-labelledby={`section-${section.id}`}>
          <h2 id={`section-${section.id}`}>{section.title}</h2>
          <p className="lede">{section.intro}</p>
          {section.charts.map((chart, i) => (
            <PackChart key={chart.title} chart={chart} id={`chart-${section.id}-${i}`} />
          ))}
          {section.tables.map((table) => (
            <PackTable key={table.id} table={table} />
          ))}
        </section>
      ))}
    </article>
  );
}
