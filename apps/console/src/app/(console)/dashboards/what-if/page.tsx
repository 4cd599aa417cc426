import type { Metadata } from "next";
import { financialYearOf, formatIsoDateEnGb, parseIsoDate, todayIso } from "@pb/calendar";
import type { RouterOutputs } from "@pb/api/types";
import { answerOrProblem, loadAsUser } from "~/server/load-as-user";
import { WhatIfDashboard } from "./what-if-dashboard";

type WhatIfChoices = RouterOutputs["whatIf"]["choices"];

export const metadata: Metadata = { title: "What if" };

type Search = { from?: string; to?: string; version?: string };

export default async function WhatIfPage({ searchParams }: { searchParams: Promise<Search> }) {
  const params = await searchParams;
  const today = todayIso();
  const from = params.from || financialYearOf(parseIsoDate(today)).start;
  const to = params.to || today;
  const loaded = await loadAsUser((caller) => answerOrProblem(() => caller.whatIf.choices()));
  const choices: WhatIfChoices | null = loaded.data;
  const problem: string | null = loaded.problem;
  const version = params.version && choices?.versions.some((v) => v.id === params.version) ? params.version : (choices?.draftId ?? choices?.versions[0]?.id ?? "");

  return (
    <>
      <h1>What if</h1>
      <p className="lede">
        Every request received in a period, checked again under a draft policy on the facts recorded with it, beside the outcome recorded under
        the policy in force at the time. Nothing is changed or published.
      </p>
      {problem && (
        <div className="error-summary" role="alert">
          <h2>There is a problem</h2>
          <p>{problem}</p>
        </div>
      )}
      {choices && (
        <>
          <form className="filters" method="get" aria-label="Filters">
            <div>
              <label htmlFor="from">Requests received from</label>
              <input id="from" name="from" type="date" defaultValue={from} />
            </div>
            <div>
              <label htmlFor="to">To</label>
              <input id="to" name="to" type="date" defaultValue={to} />
            </div>
            <div>
              <label htmlFor="version">Policy to try</label>
              <select id="version" name="version" defaultValue={version}>
                {choices.versions.map((v) => (
                  <option key={v.id} value={v.id}>
                    {v.status === "draft" ? `The draft (version ${v.versionNumber})` : v.effectiveFrom ? `Version ${v.versionNumber}, in force from ${formatIsoDateEnGb(v.effectiveFrom)}` : `Version ${v.versionNumber}`}
                  </option>
                ))}
              </select>
            </div>
            <button className="button secondary" type="submit">
              Show
            </button>
          </form>
          {!choices.draftId && <p>The council has no policy draft. An administrator can open one on the policy page; meanwhile you can try a published version.</p>}
          {version ? <WhatIfDashboard from={from} to={to} versionId={version} /> : <p>The council has no policy yet.</p>}
        </>
      )}
    </>
  );
}
