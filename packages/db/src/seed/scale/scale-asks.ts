import type { Stream } from "@pb/eligibility";
import type { Random } from "../random";
import type { Catalogue } from "./scale-catalogue";
import type { Arrangement, ChildFacts, LineAsk, Recipient } from "./scale-context";

// Annual amounts in pounds, low and high: the ranges in the source policies' examples and the
// national averages (a social care direct payment of a few thousand pounds, a health budget of tens).
const AMOUNT_RANGE: Record<Stream, readonly [number, number]> = {
  education: [1_500, 14_000],
  health: [8_000, 45_000],
  social_care: [1_200, 12_000],
  transport: [900, 4_500],
};
const ONE_OFF_RANGE = [300, 4_000] as const;
const ARRANGEMENT_WEIGHTS: Record<Arrangement, number> = { direct_payment: 5, organised: 3, third_party: 2 };

export type AskOptions = { age: number; facts: ChildFacts; outcomeCodes: string[]; excluded?: boolean; avoid?: readonly string[] };

/** One line as a family would ask for it: mostly what the policy allows, sometimes not. */
export function makeAsk(random: Random, catalogue: Catalogue, stream: Stream, options: AskOptions): LineAsk {
  const pool = options.excluded && catalogue.excluded[stream].length ? catalogue.excluded[stream] : catalogue.included[stream];
  const fresh = pool.filter((s) => !options.avoid?.includes(s));
  const service = random.pick(fresh.length ? fresh : pool.length ? pool : ["top_up_support"]);
  const offered = catalogue.arrangements[stream].length ? catalogue.arrangements[stream] : (["organised"] as Arrangement[]);
  let arrangement = random.weighted(offered.map((a) => [a, ARRANGEMENT_WEIGHTS[a]] as const));
  // Families mostly know that some support cannot be bought with a direct payment.
  if (arrangement === "direct_payment" && catalogue.noDirectPayment.has(service) && random.chance(0.9)) arrangement = offered.find((a) => a !== "direct_payment") ?? arrangement;
  const oneOff = service === "specialist_equipment" || service === "disability_equipment";
  const [low, high] = oneOff ? ONE_OFF_RANGE : AMOUNT_RANGE[stream];
  const annualCostPence = random.int(low, high) * 100 + random.int(0, 99);
  const onSchoolPremises = stream === "education" && random.chance(0.35);
  const overSchoolAge = options.age >= 17 && options.facts.youngPersonHasCapacity === true;
  const recipient: Recipient | null =
    arrangement === "direct_payment" ? (overSchoolAge && random.chance(0.5) ? "young_person" : random.weighted([["parent", 9], ["nominee", 1]] as const)) : null;
  return {
    stream, service, arrangement, recipient, onSchoolPremises,
    schoolAgreed: stream === "education" || onSchoolPremises ? random.weighted([[true, 16], [null, 2], [false, 1]] as const) : null,
    needIdentifiedByProfessional: random.weighted([[true, 16], [null, 3], [false, 1]] as const),
    annualCostPence,
    commissionedCostPence: random.weighted([[null, 2], [annualCostPence + random.int(0, 200_000), 12], [Math.max(0, annualCostPence - random.int(1, 100_000)), 0.5]] as const),
    linkedOutcomes: random.chance(0.985) ? options.outcomeCodes.slice(0, random.int(1, options.outcomeCodes.length)) : [],
  };
}

/** The lines of a first request: a stream or two the child's plans open, now and then a line the policy refuses. */
export function chooseAsks(random: Random, catalogue: Catalogue, options: AskOptions): LineAsk[] {
  const { facts } = options;
  const offered = (s: Stream) => catalogue.offered.includes(s);
  const hasSocialCarePlan = facts.plans.some((p) => p.type === "child_in_need" || p.type === "short_breaks");
  const streams: Stream[] = [];
  if (offered("education") && random.chance(0.7)) streams.push("education");
  if (random.chance(hasSocialCarePlan ? 0.8 : 0.03)) streams.push("social_care");
  if (random.chance(facts.continuingCareEligible ? 0.85 : 0.005)) streams.push("health");
  if (random.chance(facts.transportEntitled ? 0.45 : 0.02)) streams.push("transport");
  if (streams.length === 0) streams.push(offered("education") || !hasSocialCarePlan ? "education" : "social_care");
  const asks: LineAsk[] = [];
  for (const stream of streams) {
    const first = makeAsk(random, catalogue, stream, { ...options, excluded: random.chance(0.04) });
    asks.push(first);
    const second = stream === "education" ? 0.6 : stream === "social_care" ? 0.5 : 0;
    if (random.chance(second)) asks.push(makeAsk(random, catalogue, stream, { ...options, avoid: [first.service] }));
  }
  return asks;
}
