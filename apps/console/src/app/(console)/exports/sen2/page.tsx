import type { Metadata } from "next";
import Link from "next/link";
import { formatIsoDateEnGb, listRecentFinancialYears, parseIsoDate, todayIso } from "@pb/calendar";
import { groupSen2ErrorsByChild, SEN2_PB_ITEM_LABELS, SEN2_PB_ITEMS, SEN2_REFERENCE_CARRIER, STATUTORY_CLASSIFICATION } from "@pb/reports";
import type { RouterOutputs } from "@pb/api/types";
import { answerOrProblem, loadAsUser } from "~/server/load-as-user";
import { readPeriodParams } from "../../../api/exports/respond";
import { PeriodFields } from "../period-fields";

type Sen2Return = RouterOutputs["exports"]["sen2Check"];

export const metadata: Metadata = { title: "SEN2 person-level file" };

type Params = Record<string, string | string[] | undefined>;

function toSearchParams(params: Params): URLSearchParams {
  const out = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (typeof value === "string") out.set(key, value);
  return out;
}

export default async function Sen2Page({ searchParams }: { searchParams: Promise<Params> }) {
  const params = toSearchParams(await searchParams);
  const years = listRecentFinancialYears(parseIsoDate(todayIso()), 6);
  const asked = params.has("la");
  const loaded = asked
    ? await loadAsUser((caller) => answerOrProblem(() => caller.exports.sen2Check({ period: readPeriodParams(params), laNumber: params.get("la") ?? "" })))
    : ({ data: null, problem: null } as const);
  const checked: Sen2Return | null = loaded.data;
  const problem: string | null = loaded.problem;
  const download = (format: "csv" | "xml") => `/api/exports/sen2?${new URLSearchParams([...params.entries(), ["format", format]]).toString()}`;
  const groups = checked ? groupSen2ErrorsByChild(checked.errors) : [];

  return (
    <>
      <p className="lede">
        <strong>{STATUTORY_CLASSIFICATION}</strong>: this return names children by the council&apos;s reference and is exact (nothing is suppressed). Do not publish it.
      </p>
      <h1>SEN2 person-level file</h1>
      <p>
        The named plan&apos;s start date and personal budget items for every child with an EHC plan and a personal budget on the census date (the third Thursday of
        January in the period), checked against the collection&apos;s rules before you download it. <Link href="/exports">Back to exports</Link>.
      </p>
      <form className="filters" method="get" aria-label="SEN2 census and council">
        <PeriodFields idPrefix="sen2" years={years} defaultYear={params.get("year") ?? years[0] ?? ""} />
        <div>
          <label htmlFor="sen2-la">DfE local authority number (three digits)</label>
          <input id="sen2-la" name="la" inputMode="numeric" pattern="[0-9]{3}" required defaultValue={params.get("la") ?? ""} />
        </div>
        <button className="button" type="submit">
          Check the SEN2 file
        </button>
      </form>

      {problem && (
        <div className="error-summary" role="alert">
          <h2>There is a problem</h2>
          <p>{problem}</p>
        </div>
      )}

      {checked && (
        <section aria-labelledby="sen2-result">
          <h2 id="sen2-result">Census date {formatIsoDateEnGb(checked.censusDate)}</h2>
          <p>
            {checked.records.length} {checked.records.length === 1 ? "child" : "children"} with an EHC plan and a personal budget on the census date.
            {" "}The named plan&apos;s personal budget items, each 1 (yes) or 0 (no):{" "}
            {SEN2_PB_ITEMS.map((item) => `${item} ${SEN2_PB_ITEM_LABELS[item].toLowerCase()}`).join("; ")}. The child is named by the council&apos;s reference
            ({SEN2_REFERENCE_CARRIER.csvColumn} in the CSV, a comment in each Person in the XML), which your SEN2 software matches to add the person&apos;s details.
          </p>
          {checked.errors.length === 0 ? (
            <p role="status">Every record meets the collection&apos;s rules for the items this file carries.</p>
          ) : (
            <table>
              <caption>
                {checked.errors.length} {checked.errors.length === 1 ? "error" : "errors"} found by the collection&apos;s rules, by child
              </caption>
              <thead>
                <tr>
                  <th scope="col">Child (reference)</th>
                  <th scope="col">Item</th>
                  <th scope="col">Rule</th>
                  <th scope="col">What is wrong</th>
                  <th scope="col">Case page (for case officers)</th>
                </tr>
              </thead>
              <tbody>
                {groups.flatMap((group) =>
                  group.errors.map((error, i) => (
                    <tr key={`${group.child?.childId ?? "file"}-${i}`}>
                      {i === 0 && (
                        <th scope="row" rowSpan={group.errors.length}>
                          {group.child ? group.child.reference : "The whole file"}
                        </th>
                      )}
                      <td>{error.item}</td>
                      <td>{error.rule}</td>
                      <td>{error.message}</td>
                      {i === 0 && <td rowSpan={group.errors.length}>{group.child ? <Link href={`/cases/${group.child.childId}`}>Case {group.child.reference}</Link> : "—"}</td>}
                    </tr>
                  )),
                )}
              </tbody>
            </table>
          )}
          <h3>What the council&apos;s SEN2 software adds</h3>
          <ul>
            {checked.itemsTheCouncilAdds.map((a) => (
              <li key={a.item}>
                {a.item}: {a.why}.
              </li>
            ))}
          </ul>
          <p>
            <a className="button secondary" href={download("csv")} download>
              Download SEN2 as CSV ({STATUTORY_CLASSIFICATION}, census {checked.censusDate})
            </a>{" "}
            {checked.errors.length === 0 ? (
              <a className="button" href={download("xml")} download>
                Download SEN2 as XML ({STATUTORY_CLASSIFICATION}, census {checked.censusDate})
              </a>
            ) : (
              <span>The XML is refused until the errors above are fixed: COLLECT would reject a file that breaks its rules, and a return must be right when handed in.</span>
            )}
          </p>
        </section>
      )}
    </>
  );
}
