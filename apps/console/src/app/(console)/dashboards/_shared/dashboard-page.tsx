import { listRecentFinancialYears, parseIsoDate, todayIso } from "@pb/calendar";
import { ACCESS, hasAnyRole, rolesIn } from "@pb/auth";
import { formatCategoryCell, formatDashboardValue, type DashboardView, type DrillTarget } from "@pb/reports";
import type { RouterInputs } from "@pb/api/types";
import { answerOrProblem, loadAsUser } from "~/server/load-as-user";
import { getMe } from "~/server/me";
import { FilterForm, type FilterOptions } from "./filter-form";
import { drillHref, filterQuery, readFilterValues, toFilterInput, type FilterValues, type SearchParams } from "./filter-params";
import { SectionChart, type ChartDatum } from "./section-chart";
import { SectionTable } from "./section-table";

type DashboardName = RouterInputs["exports"]["dashboard"]["dashboard"];

const PROCEDURES = { spend: "spend", uptake: "uptake", cessations: "cessations", policy_review: "policyReview" } as const;
export const DASHBOARD_PATHS: Record<DashboardName, string> = {
  spend: "/dashboards/spend",
  uptake: "/dashboards/uptake",
  cessations: "/dashboards/cessations",
  policy_review: "/dashboards/policy-review",
};

function chartData(view: DashboardView, section: DashboardView["sections"][number], values: FilterValues, back: string): ChartDatum[] {
  const { chart, table } = section;
  if (!chart) return [];
  return table.rows.map((row, i) => {
    const drills = table.drills?.[i] ?? {};
    const out: ChartDatum = { category: formatCategoryCell(table.columns, chart.categoryKey, row), values: {}, hrefs: {} };
    for (const s of chart.series) {
      const v = row[s.key];
      out.values[s.key] = typeof v === "number" ? v : null;
      const target = drills[s.key];
      if (target) out.hrefs[s.key] = drillHref(target, values, back);
    }
    return out;
  });
}

/**
 * One dashboard: the filter form (its values in the URL), headline figures, and each section as a
 * chart with the table of the same figures; each figure opens the rows behind it.
 */
export async function DashboardPage({ name, title, lede, searchParams }: { name: DashboardName; title: string; lede: string; searchParams: Promise<SearchParams> }) {
  const today = todayIso();
  const params = await searchParams;
  const values = readFilterValues(params, today);
  const input = toFilterInput(values);
  // With no period in the URL, the policy review dashboard opens on the current review cycle (the procedure picks it).
  const onCycle = name === "policy_review" && !params.period;
  const me = await getMe();
  // A refused role is told so; a filter the procedure refuses is shown beside the form, which keeps the options it could load.
  const loaded = await loadAsUser(async (caller) => {
    const found = await answerOrProblem(() => caller.dashboard.options(input.councilId ? { councilId: input.councilId } : undefined));
    if (found.data === null) return { found: null, view: null, problem: found.problem };
    const { period: _period, ...withoutPeriod } = input;
    const shown = await answerOrProblem<DashboardView>(() => (onCycle ? caller.dashboard.policyReview(withoutPeriod) : caller.dashboard[PROCEDURES[name]](input)));
    return { found: found.data, view: shown.data, problem: shown.problem };
  });
  const { found, view, problem } = loaded;
  let options: FilterOptions = { councils: me.memberships, versions: [], noPolicyVersionId: "", services: [], years: listRecentFinancialYears(parseIsoDate(today), 6) };
  if (found) options = { ...options, versions: found.versions, noPolicyVersionId: found.noPolicyVersionId, services: found.services };
  if (onCycle && view) Object.assign(values, { period: "custom", from: view.period.fromMonth, to: view.period.toMonth });
  const councilId = input.councilId ?? me.currentCouncilId;
  const mayExport = hasAnyRole(rolesIn(me.memberships, councilId), ACCESS.exports);
  const back = DASHBOARD_PATHS[name];
  const hrefOf = (t: DrillTarget) => drillHref(t, values, back);
  const query = filterQuery(values);
  query.set("dashboard", name);

  return (
    <>
      <h1>{title}</h1>
      <p className="lede">{lede}</p>
      <FilterForm values={values} options={options} />
      {problem && (
        <div className="error-summary" role="alert">
          <h2>There is a problem with the filters</h2>
          <p>{problem}</p>
        </div>
      )}
      {view && (
        <>
          <p>
            Showing {view.period.label}.{" "}
            {mayExport && (
              <>
                <a href={`/api/exports/dashboard?${query.toString()}&format=xlsx`} download>
                  Download these figures as XLSX
                </a>{" "}
                (every table, and a sheet stating the filters, the policy versions and when it was made), or one table as CSV:{" "}
                {view.sections.map((s, i) => (
                  <span key={s.id}>
                    {i > 0 && ", "}
                    <a href={`/api/exports/dashboard?${query.toString()}&format=csv&table=${s.table.id}`} download>
                      {s.table.id.replace(/-/g, " ")}
                    </a>
                  </span>
                ))}
                .
              </>
            )}
          </p>
          <dl className="headlines">
            {view.headlines.map((h) => (
              <div key={h.label}>
                <dt>{h.label}</dt>
                <dd>{formatDashboardValue(h.kind, h.value)}</dd>
              </div>
            ))}
          </dl>
          {view.sections.map((section) => (
            <section key={section.id} aria-labelledby={`heading-${section.id}`}>
              <h2 id={`heading-${section.id}`}>{section.title}</h2>
              {section.chart && <SectionChart spec={section.chart} data={chartData(view, section, values, back)} labelledBy={`heading-${section.id}`} />}
              <SectionTable table={section.table} hrefOf={hrefOf} />
            </section>
          ))}
        </>
      )}
    </>
  );
}
