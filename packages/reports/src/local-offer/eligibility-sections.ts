import {
  PLAN_STATUSES,
  PLAN_WORDS,
  STAGE_WORDS,
  STATUS_WORDS,
  STREAMS,
  STREAM_WORDS,
  capitalise,
  humaniseCode,
  joinAlternatives,
  type Policy,
  type Requirements,
  type ServiceRule,
  type Stream,
  type StreamPolicy,
} from "@pb/eligibility";
import { item, joinAll, paragraph, statementBlock, subheading } from "./offer-blocks";
import type { OfferBlock, OfferSection } from "./local-offer-types";

// Who can have a personal budget, and what it can and cannot pay for: the same settings the request
// check reads (ages, plans, request windows, conditions, the table of provision), said in sentences.

type OfferedStream = { stream: Stream; rules: StreamPolicy };

export function listOfferedStreams(policy: Policy): OfferedStream[] {
  return STREAMS.flatMap((stream) => {
    const rules = policy.streams[stream];
    return rules?.offered ? [{ stream, rules }] : [];
  });
}

/** "Education personal budgets", "Home-to-school travel personal budgets". */
export function streamHeading(stream: Stream): string {
  return `${capitalise(STREAM_WORDS[stream])} personal budgets`;
}

const LIVE_STATUSES = PLAN_STATUSES.filter((s) => s !== "ceased");

/** A condition of the request check in words; `who` is what must hold for it ("the school or college must agree"). */
function describeRequirement(kind: keyof Requirements, rules: Requirements): string | null {
  switch (kind) {
    case "schoolAgreement":
      return rules.schoolAgreement?.when === "always"
        ? "the school or college must agree"
        : "the school or college must agree in writing to any support delivered on its premises";
    case "professionalIdentification":
      return "a professional, such as a therapist or occupational therapist, must have identified the need";
    case "transportEntitlement":
      return "the child or young person must be entitled to free home-to-school travel";
    case "continuingCare":
      return "the child or young person must be eligible for continuing care (children's continuing care up to 18, adult continuing healthcare from 18)";
    case "costNoHigherThanCommissioned":
      return "it must cost no more than the council arranging the same support itself";
    case "linkedOutcome":
      return "it must be linked to outcomes in the plan";
  }
}

const REQUIREMENT_KINDS = [
  "continuingCare",
  "transportEntitlement",
  "schoolAgreement",
  "professionalIdentification",
  "costNoHigherThanCommissioned",
  "linkedOutcome",
] as const;

/** The conditions set, split by whether they hold for any budget or only for a direct payment. */
function splitRequirements(rules: Requirements | undefined): { any: string[]; directPayment: string[] } {
  const any: string[] = [];
  const directPayment: string[] = [];
  for (const kind of REQUIREMENT_KINDS) {
    const rule = rules?.[kind];
    const words = rule ? describeRequirement(kind, rules) : null;
    if (!rule || !words) continue;
    (rule.appliesTo === "direct_payment" ? directPayment : any).push(words);
  }
  return { any, directPayment };
}

function describeStreamEligibility({ stream, rules }: OfferedStream, policy: Policy): OfferBlock[] {
  const key = `who.${stream}`;
  const blocks: OfferBlock[] = [subheading(`${key}.heading`, streamHeading(stream))];
  if (rules.ageRange)
    blocks.push(item(`${key}.ages`, `For children and young people aged ${rules.ageRange.min} to ${rules.ageRange.max}.`));
  const plans = rules.qualifyingPlans;
  if (plans) {
    const live = LIVE_STATUSES.every((s) => plans.statuses.includes(s));
    const statuses = live ? "" : ` The plan must be ${joinAlternatives(plans.statuses.map((s) => STATUS_WORDS[s]))}.`;
    blocks.push(item(`${key}.plans`, `You need ${joinAlternatives(plans.types.map((t) => PLAN_WORDS[t]))}.${statuses}`));
  } else {
    blocks.push(item(`${key}.plans`, "You do not need a plan for this personal budget."));
  }
  const conditions = splitRequirements(rules.requires);
  if (conditions.any.length) blocks.push(item(`${key}.conditions`, `${capitalise(joinAll(conditions.any))}.`));
  if (conditions.directPayment.length)
    blocks.push(item(`${key}.dp_conditions`, `For a direct payment, ${joinAll(conditions.directPayment)}.`));
  const stages = rules.requestStages?.allowed;
  blocks.push(
    item(
      `${key}.when`,
      stages && !stages.includes("other")
        ? `A formal request can be made only ${joinAlternatives(stages.map((s) => STAGE_WORDS[s]))}. You can talk about a personal budget at any time.`
        : "You can ask for a personal budget at any time.",
    ),
  );
  const levels = rules.shortBreaksLevels;
  if (levels) {
    blocks.push(item(`${key}.levels`, `The ${levels.framework} decides which support a budget can give, by level:`));
    for (const [level, rule] of Object.entries(levels.levels)) {
      const services = rule.services?.map((s) => rules.services[s]?.name ?? humaniseCode(s));
      const budget = !rule.personalBudget
        ? "no personal budget"
        : `a personal budget${services ? ` for ${joinAlternatives(services)} only` : ""}, ${rule.directPayment ? "which can be a direct payment" : "but not as a direct payment"}`;
      blocks.push(item(`${key}.levels.${level}`, `Level ${level}, ${rule.name}: ${budget}.`));
    }
  }
  if (stream === "education") blocks.push(...statementBlock(`${key}.exceptional`, policy.statements.education_exceptional));
  return blocks;
}

export function buildWhoSection(policy: Policy): OfferSection {
  const offered = listOfferedStreams(policy);
  const notOffered = STREAMS.filter((s) => !policy.streams[s]?.offered);
  const blocks: OfferBlock[] = [
    paragraph(
      "who.streams",
      offered.length
        ? `${policy.name} offers personal budgets for ${joinAll(offered.map((o) => STREAM_WORDS[o.stream]))}.`
        : `${policy.name} does not offer personal budgets at present.`,
    ),
    ...offered.flatMap((o) => describeStreamEligibility(o, policy)),
  ];
  if (notOffered.length)
    blocks.push(
      paragraph(
        "who.not_offered",
        `${policy.name} does not offer personal budgets for ${joinAll(notOffered.map((s) => STREAM_WORDS[s]))} at present.`,
      ),
    );
  return { id: "who", heading: "Who can have a personal budget", blocks };
}

function describeService(rule: ServiceRule): string {
  const conditions = splitRequirements(rule.requires);
  const budget = `${capitalise(rule.name)}: yes${conditions.any.length ? `, but ${joinAll(conditions.any)}` : ""}.`;
  if (!rule.directPayment) return `${budget} Not as a direct payment.`;
  return `${budget} It can be a direct payment${conditions.directPayment.length ? ` if ${joinAll(conditions.directPayment)}` : ""}.`;
}

export function buildPaysForSection(policy: Policy): OfferSection {
  const blocks: OfferBlock[] = [
    paragraph("pays_for.intro", "A personal budget pays for the support agreed in the plan. By kind of support:"),
  ];
  for (const { stream, rules } of listOfferedStreams(policy)) {
    const included = Object.entries(rules.services).filter(([, rule]) => rule.personalBudget);
    if (!included.length) continue;
    blocks.push(subheading(`pays_for.${stream}.heading`, streamHeading(stream)));
    for (const [service, rule] of included) blocks.push(item(`pays_for.${stream}.${service}`, describeService(rule)));
  }
  blocks.push(
    ...statementBlock("pays_for.amount", policy.statements.amount_sufficient),
    ...statementBlock("pays_for.agreed", policy.statements.spending_agreed_in_advance),
    ...statementBlock("pays_for.changes", policy.statements.spending_changes),
  );
  return { id: "pays_for", heading: "What a personal budget can pay for", blocks };
}

export function buildNotPayForSection(policy: Policy): OfferSection {
  const blocks: OfferBlock[] = [];
  for (const { stream, rules } of listOfferedStreams(policy)) {
    const excluded = Object.entries(rules.services).filter(([, rule]) => !rule.personalBudget);
    if (!excluded.length) continue;
    blocks.push(subheading(`not_pay_for.${stream}.heading`, streamHeading(stream)));
    for (const [service, rule] of excluded)
      blocks.push(
        item(`not_pay_for.${stream}.${service}`, `${capitalise(rule.name)}.${rule.explanation ? ` ${rule.explanation}` : ""}`),
      );
  }
  const offered = new Set(listOfferedStreams(policy).map((o) => o.stream));
  const prohibited = Object.entries(policy.directPayments.prohibitedUses).filter(([, use]) =>
    use.streams.some((s) => offered.has(s)),
  );
  if (prohibited.length) {
    blocks.push(subheading("not_pay_for.dp.heading", "What a direct payment cannot pay for"));
    for (const [name, use] of prohibited)
      blocks.push(
        item(
          `not_pay_for.dp.${name}`,
          `${capitalise(use.description)} (${joinAll(use.streams.map((s) => `${STREAM_WORDS[s]}`))} direct payments).`,
        ),
      );
  }
  if (!blocks.length) blocks.push(paragraph("not_pay_for.none", "The policy lists nothing a personal budget cannot pay for."));
  return { id: "not_pay_for", heading: "What a personal budget cannot pay for", blocks };
}
