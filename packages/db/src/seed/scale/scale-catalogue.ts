import { STREAMS, type Policy, type Stream } from "@pb/eligibility";

/** What a policy lets a personal budget buy, worked out once per version so stories pick plausible requests. */
export type Catalogue = {
  offered: Stream[];
  /** Services a personal budget can pay for, by stream. */
  included: Record<Stream, string[]>;
  /** Services in the catalogue that it cannot: families still ask for them now and then. */
  excluded: Record<Stream, string[]>;
  /** Arrangements offered, by stream; direct payment only where the service allows it is checked later. */
  arrangements: Record<Stream, ("direct_payment" | "organised" | "third_party")[]>;
  panels: Record<Stream, string>;
  /** Services a direct payment cannot buy (the table of provision's second column). */
  noDirectPayment: Set<string>;
};

const DEFAULT_PANELS: Record<Stream, string> = {
  education: "SEND resource panel",
  health: "Continuing care panel",
  social_care: "Multi-agency resource panel",
  transport: "Travel assistance panel",
};
// Never asked for in these stories: the national figures have no such requests to speak of.
const NEVER_ASKED = new Set(["gp_or_emergency_care", "permanent_residential_care", "council_provided_service"]);

export function buildCatalogue(policy: Policy): Catalogue {
  const catalogue: Catalogue = {
    offered: [],
    included: { education: [], health: [], social_care: [], transport: [] },
    excluded: { education: [], health: [], social_care: [], transport: [] },
    arrangements: { education: [], health: [], social_care: [], transport: [] },
    panels: { ...DEFAULT_PANELS },
    noDirectPayment: new Set(),
  };
  for (const stream of STREAMS) {
    const rules = policy.streams[stream];
    if (!rules) continue;
    if (rules.offered) catalogue.offered.push(stream);
    for (const [service, rule] of Object.entries(rules.services)) {
      if (NEVER_ASKED.has(service)) continue;
      (rule.personalBudget ? catalogue.included : catalogue.excluded)[stream].push(service);
      if (!rule.directPayment) catalogue.noDirectPayment.add(service);
    }
    for (const arrangement of ["direct_payment", "organised", "third_party"] as const) {
      if (rules.arrangements[arrangement]?.offered) catalogue.arrangements[stream].push(arrangement);
    }
    if (rules.panel) catalogue.panels[stream] = rules.panel.name;
  }
  return catalogue;
}
