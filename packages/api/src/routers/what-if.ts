import { z } from "zod";
import { ACCESS } from "@pb/auth";
import { IsoDate } from "@pb/eligibility";
import { listWhatIfChoices, runWhatIf } from "@pb/services";
import { Uuid } from "../inputs";
import { councilProcedure, createRouter } from "../trpc";

const dashboards = councilProcedure(ACCESS.dashboards);

/** A period of requests (by the date received) and the version to try: the draft when none is named. */
export const WhatIfRunInput = z.strictObject({ from: IsoDate, to: IsoDate, policyVersionId: Uuid.optional() });

export const whatIfRouter = createRouter({
  /** The versions a manager can try and the span of recorded requests. */
  choices: dashboards.query(({ ctx }) => listWhatIfChoices(ctx.service)),

  /** Every request of the period through the candidate, beside the outcomes recorded under the policy in force. */
  run: dashboards.input(WhatIfRunInput).query(({ ctx, input }) => runWhatIf(ctx.service, input)),
});
