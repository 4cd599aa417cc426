import type { Metadata } from "next";
import Link from "next/link";
import { listRecentFinancialYears, parseIsoDate, todayIso } from "@pb/calendar";

import { describeDisclosure, STATUTORY_CLASSIFICATION } from "@pb/reports";
import { loadAsUser } from "~/server/load-as-user";
import { getCurrentRoles } from "~/server/me";
import { ExtractDownload } from "./extract-download";
import { PeriodFields } from "./period-fields";
import styles from "./exports.module.css";

export const metadata: Metadata = { title: "Exports" };

export default async function ExportsPage() {
  const loaded = await loadAsUser((caller) => caller.exports.catalogue());
  const [catalogue, roles] = [loaded, await getCurrentRoles()];
  const years = listRecentFinancialYears(parseIsoDate(todayIso()), 6);
  const latest = years[0] ?? "";
  const entry = (id: string) => catalogue.exports.find((e) => e.id === id);
  const returnTables = entry("returns")?.tables ?? [];

  return (
    <>
      <h1>Exports</h1>
      <p className="lede">
        Files to hand to finance, the NHS and the Department for Education.{" "}
        {describeDisclosure({ threshold: catalogue.smallCountThreshold, method: catalogue.disclosureMethod }).map((d) => d.value).join(" ")} Children are
        never named in a file: row-level extracts carry an age band and either a pseudonym or, coarsened, nothing that names a child.
        {entry("returns") && " Statutory returns are the exception: they are submissions to the DfE and the NHS, so they are exact, name children by the council's reference, and are marked OFFICIAL-SENSITIVE."}
        {roles.includes("admin") && (
          <>
            {" "}
            <Link href="/admin/exports">Change the threshold or the method</Link>.
          </>
        )}
      </p>

      <table>
        <caption>Every export and its filters</caption>
        <thead>
          <tr>
            <th scope="col">Export</th>
            <th scope="col">What it holds</th>
            <th scope="col">Filters</th>
            <th scope="col">Formats</th>
          </tr>
        </thead>
        <tbody>
          {catalogue.exports.map((e) => (
            <tr key={e.id}>
              <th scope="row">
                <a href={`#${e.id}`}>{e.title}</a>
              </th>
              <td>{e.description}</td>
              <td>{e.filters.join("; ")}</td>
              <td>{e.formats.join(", ")}</td>
            </tr>
          ))}
        </tbody>
      </table>

      <section aria-labelledby="spend" className={styles.export}>
        <h2 id="spend">Spend by funding stream</h2>
        <p>{entry("spend")?.description}</p>
        <form className="filters" method="get" action="/api/exports/aggregate">
          <input type="hidden" name="kind" value="spend" />
          <div>
            <label htmlFor="spend-fy">Financial year</label>
            <select id="spend-fy" name="fy" defaultValue={latest}>
              {years.map((y) => (
                <option key={y} value={y}>{`April ${y.slice(0, 4)} to March ${Number(y.slice(0, 4)) + 1}`}</option>
              ))}
            </select>
          </div>
          <button className="button" type="submit" name="format" value="xlsx">
            Download spend as XLSX
          </button>
          <button className="button secondary" type="submit" name="format" value="csv">
            Download spend as CSV
          </button>
        </form>
      </section>

      {entry("returns") && (
        <section aria-labelledby="returns" className={styles.export}>
          <h2 id="returns">Statutory returns ({STATUTORY_CLASSIFICATION})</h2>
          <p>{entry("returns")?.description}</p>
          <form className="filters" method="get" action="/api/exports/aggregate">
            <input type="hidden" name="kind" value="returns" />
            <PeriodFields idPrefix="returns" years={years} defaultYear={latest} />
            <div>
              <label htmlFor="returns-table">Return (for CSV)</label>
              <select id="returns-table" name="table" defaultValue={returnTables[0]?.id}>
                {returnTables.map((t) => (
                  <option key={t.id} value={t.id}>
                    {t.title}
                  </option>
                ))}
              </select>
            </div>
            <button className="button" type="submit" name="format" value="xlsx">
              Download every return as XLSX
            </button>
            <button className="button secondary" type="submit" name="format" value="csv">
              Download the return as CSV
            </button>
          </form>
        </section>
      )}

      {entry("sen2") && (
        <section aria-labelledby="sen2" className={styles.export}>
          <h2 id="sen2">SEN2 person-level file ({STATUTORY_CLASSIFICATION})</h2>
          <p>{entry("sen2")?.description}</p>
          <p>
            <Link href="/exports/sen2">Check and download the SEN2 file</Link>
          </p>
        </section>
      )}

      <section aria-labelledby="extracts" className={styles.export}>
        <h2 id="extracts">Row-level extracts</h2>
        <p id="payments">{entry("payments")?.description}</p>
        <p id="budget-lines">{entry("budget-lines")?.description}</p>
        <p>
          Each extract takes the dashboards&apos; filters and gives every code (such as social_care) with its words beside it. Choose how its rows leave the council:
          with exact dates and amounts, or with months and amount bands that no longer match the dashboards&apos; drill-down one to one.
        </p>
        <ExtractDownload years={years} defaultYear={latest} filterOptions={catalogue.filterOptions} />
      </section>

      <section aria-labelledby="review-pack" className={styles.export}>
        <h2 id="review-pack">Policy review pack</h2>
        <p>{entry("review-pack")?.description}</p>
        <p>
          <Link href="/dashboards/review-pack">Make a policy review pack</Link>
        </p>
      </section>
    </>
  );
}
