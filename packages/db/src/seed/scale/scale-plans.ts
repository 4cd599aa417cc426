import { createRandom } from "../random";

export const SCALES = ["tiny", "county", "national"] as const;
export type ScaleName = (typeof SCALES)[number];

export type ScaleCouncil = {
  /** 1-based position in the scale: part of every id the council's rows get. */
  index: number;
  name: string;
  slug: string;
  ehcpChildren: number;
  presetId: string;
};

export type ScalePlan = {
  scale: ScaleName;
  /** Part of every id, so the scales can share one database without colliding. */
  code: number;
  seed: number;
  /** How many children with an EHCP have a personal budget at some point in the records. */
  personalBudgetShare: number;
  councils: ScaleCouncil[];
};

/** The fixed "today" of every scale data set: payments due by then are paid, later ones scheduled. */
export const SCALE_TODAY = "2026-10-31";
/** The councils adopted their policy, and their records here begin, on this date: five and a half years of payments. */
export const SCALE_HISTORY_START = "2021-04-01";
/** Each council's yearly amendment takes effect on this date: the policy review dashboards split periods here. */
export const SCALE_AMENDMENT_FROM = "2024-09-01";

// 153 councils with EHCPs in the DfE's SEN2 collection (2024 and 2025); 638,745 EHCPs in January 2025.
const NATIONAL_COUNCILS = 153;
const NATIONAL_EHCPS = 640_000;
// A national mix of policies: most councils follow something like Surrey's or the Code of Practice.
const NATIONAL_PRESETS = [["surrey", 30], ["code-of-practice", 25], ["hertfordshire", 20], ["plymouth", 15], ["portsmouth", 10]] as const;

export function planScale(scale: ScaleName): ScalePlan {
  switch (scale) {
    case "tiny":
      return {
        scale, code: 1, seed: 71_001, personalBudgetShare: 0.22,
        councils: [
          { index: 1, name: "Scale Tiny Council A", slug: "scale-tiny-a", ehcpChildren: 60, presetId: "surrey" },
          { index: 2, name: "Scale Tiny Council B", slug: "scale-tiny-b", ehcpChildren: 40, presetId: "plymouth" },
        ],
      };
    case "county":
      // About 2,000 budgets in payment today: the county, 13% of its 15,000 EHCPs.
      return { scale, code: 2, seed: 71_002, personalBudgetShare: 0.22, councils: [{ index: 1, name: "Scale County Council", slug: "scale-county", ehcpChildren: 15_000, presetId: "surrey" }] };
    case "national":
      // SEN2 counts plans that name a personal budget in section J: 25,259 of 473,255 (5.3%) in 2022 and
      // 18,887 of 517,049 (3.7%) in 2023 (DfE, answer to PQ of 6 December 2023). This product also holds
      // social care direct payments, personal health and travel budgets, so we take about 15% of EHCPs
      // with a budget of some kind (the county's 13%, and the national preset mix pays fewer lines each):
      // about 95,000 in payment today and the ten million payment rows the issue asks for.
      return { scale, code: 3, seed: 71_003, personalBudgetShare: 0.25, councils: planNationalCouncils(71_003) };
  }
}

/**
 * Council sizes drawn from a log-normal spread (the largest about twenty times the median, as Kent is
 * beside a London borough), scaled so the total is 640,000 EHCPs. Fictional names: the figures are not real.
 */
function planNationalCouncils(seed: number): ScaleCouncil[] {
  const random = createRandom(seed);
  const weights = Array.from({ length: NATIONAL_COUNCILS }, () => {
    const gaussian = Math.sqrt(-2 * Math.log(1 - random.next())) * Math.cos(2 * Math.PI * random.next());
    return Math.exp(0.75 * gaussian);
  });
  const total = weights.reduce((s, w) => s + w, 0);
  const sizes = weights.map((w) => Math.max(40, Math.round((w / total) * NATIONAL_EHCPS)));
  const drift = NATIONAL_EHCPS - sizes.reduce((s, n) => s + n, 0);
  const largest = sizes.indexOf(Math.max(...sizes));
  sizes[largest] = (sizes[largest] ?? 0) + drift;
  return sizes.map((ehcpChildren, i) => {
    const number = String(i + 1).padStart(3, "0");
    return { index: i + 1, name: `Scale Council ${number}`, slug: `scale-national-${number}`, ehcpChildren, presetId: random.weighted(NATIONAL_PRESETS) };
  });
}
