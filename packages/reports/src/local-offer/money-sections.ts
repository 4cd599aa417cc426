import {
  ARRANGEMENTS,
  ARRANGEMENT_WORDS,
  CESSATION_REASONS,
  FREQUENCY_WORDS,
  STREAM_WORDS,
  capitalise,
  findRequiredAgreementTerms,
  type Policy,
} from "@pb/eligibility";
import { describeCountedPeriod } from "../letters/letter-words";
import { listOfferedStreams } from "./eligibility-sections";
import { countOf, item, joinAll, paragraph, statementBlock, subheading } from "./offer-blocks";
import type { OfferBlock, OfferSection } from "./local-offer-types";

// Direct payments and agreements, reviews and checks, and the end of a budget: the settings the
// payability rule, the schedules of reviews and checks and the cessation notice read, in sentences.

export function buildManagingSection(policy: Policy): OfferSection {
  const offered = listOfferedStreams(policy);
  const blocks: OfferBlock[] = [
    paragraph(
      "managing.intro",
      "A personal budget can be managed in these ways, and different parts of one budget can be managed in different ways:",
    ),
  ];
  for (const arrangement of ARRANGEMENTS) {
    const streams = offered.filter((o) => o.rules.arrangements[arrangement]?.offered).map((o) => STREAM_WORDS[o.stream]);
    blocks.push(
      item(
        `managing.${arrangement}`,
        streams.length
          ? `${capitalise(ARRANGEMENT_WORDS[arrangement])}: for ${joinAll(streams)} personal budgets.`
          : `${capitalise(ARRANGEMENT_WORDS[arrangement])}: not offered at present.`,
      ),
    );
  }
  blocks.push(...statementBlock("managing.combined", policy.statements.combined_funding));

  blocks.push(subheading("managing.dp.heading", "Direct payments"));
  const { parent, young_person: youngPerson, nominee } = policy.directPayments.recipients;
  blocks.push(paragraph("managing.dp.who", "A direct payment can be paid to:"));
  if (parent.allowed) blocks.push(item("managing.dp.parent", "A parent or carer."));
  if (youngPerson.allowed) {
    const conditions = [
      youngPerson.overCompulsorySchoolAge
        ? "once they are over compulsory school age (from the last Friday of June of the school year in which they turn 16)"
        : null,
      youngPerson.capacity ? "if they have the capacity to manage it" : null,
    ].filter((c): c is string => c !== null);
    blocks.push(
      item("managing.dp.young_person", `The young person${conditions.length ? `, ${conditions.join(", and ")}` : ""}.`),
    );
  }
  if (nominee.allowed) blocks.push(item("managing.dp.nominee", "A person nominated by the young person or their parents."));
  if (!parent.allowed && !youngPerson.allowed && !nominee.allowed)
    blocks.push(item("managing.dp.nobody", "Nobody: the policy allows no one to receive a direct payment."));
  if (policy.directPayments.prepaidCards?.offered)
    blocks.push(paragraph("managing.dp.prepaid", "A direct payment can be paid onto a prepaid card."));
  blocks.push(...statementBlock("managing.dp.suitability", policy.statements.recipient_suitability));
  blocks.push(...statementBlock("managing.dp.impact", policy.statements.impact_and_value_for_money));

  blocks.push(subheading("managing.agreement.heading", "The direct payment agreement"));
  blocks.push(...statementBlock("managing.agreement.statement", policy.statements.written_agreement));
  blocks.push(
    paragraph(
      "managing.agreement.covers",
      "A direct payment starts with a written agreement, signed before the first payment. It sets out:",
    ),
  );
  for (const term of findRequiredAgreementTerms(policy))
    blocks.push(item(`managing.agreement.${term.term}`, `${capitalise(term.says)}.`));
  return { id: "managing", heading: "Direct payments and other ways to manage a budget", blocks };
}

export function buildReviewsSection(policy: Policy): OfferSection {
  const { timeLimits: limits, finance } = policy;
  const blocks: OfferBlock[] = [
    paragraph(
      "reviews.annual",
      limits.annualReview
        ? `A personal budget is reviewed at least every ${describeCountedPeriod(limits.annualReview)}, at the annual review of the plan.`
        : "The policy sets no time limit between reviews of a personal budget: it is reviewed with the plan.",
    ),
    ...statementBlock("reviews.earlier", policy.statements.earlier_review),
    paragraph(
      "reviews.first_dp",
      limits.firstDirectPaymentReview
        ? `A direct payment is first reviewed within ${describeCountedPeriod(limits.firstDirectPaymentReview)} of the first payment: whether you want to carry on, whether you need help, and how the money has been spent.`
        : "The policy sets no time limit for the first review of a direct payment.",
    ),
  ];
  const checks: OfferBlock[] = [];
  if (finance.returnFrequency) {
    const due = limits.returnDue ? `, due within ${describeCountedPeriod(limits.returnDue)} of the end of each period` : "";
    checks.push(
      item("reviews.returns", `You send a return of what was spent ${FREQUENCY_WORDS[finance.returnFrequency]}${due}.`),
    );
  }
  if (finance.remindersBeforeEscalation !== undefined)
    checks.push(
      item(
        "reviews.reminders",
        `If a return is missing, you are sent ${countOf(finance.remindersBeforeEscalation, "reminder", "reminders")} before it is followed up.`,
      ),
    );
  if (finance.monitoringFrequency)
    checks.push(
      item(
        "reviews.monitoring",
        `Your case officer checks how the direct payment is used ${FREQUENCY_WORDS[finance.monitoringFrequency]}.`,
      ),
    );
  if (finance.financeCheckFrequency)
    checks.push(
      item(
        "reviews.finance_check",
        `The council's finance officers check the direct payment account ${FREQUENCY_WORDS[finance.financeCheckFrequency]}.`,
      ),
    );
  if (finance.underspendWeeks !== undefined)
    checks.push(
      item(
        "reviews.underspend",
        `Unspent money worth more than ${countOf(finance.underspendWeeks, "week", "weeks")} of the budget is paid back to the council.`,
      ),
    );
  if (finance.yearEndUnspent)
    checks.push(
      item(
        "reviews.year_end",
        finance.yearEndUnspent === "returned"
          ? "Money not spent by the end of the year goes back to the council."
          : "Money not spent by the end of the year is carried forward to the next.",
      ),
    );
  blocks.push(subheading("reviews.checks.heading", "Checks on a direct payment"));
  blocks.push(
    checks.length
      ? paragraph("reviews.checks.intro", "While you have a direct payment:")
      : paragraph("reviews.checks.none", "The policy sets no returns or regular checks on a direct payment beyond its reviews."),
  );
  blocks.push(...checks, ...statementBlock("reviews.unspent", policy.statements.unspent_recovery));
  return { id: "reviews", heading: "Reviews and checks", blocks };
}

export function buildEndingSection(policy: Policy): OfferSection {
  const reasons = CESSATION_REASONS.flatMap((code) => {
    const reason = policy.cessationReasons[code];
    return reason ? [item(`ending.${code}`, reason.description)] : [];
  });
  const notice = policy.timeLimits.cessationNotice;
  return {
    id: "ending",
    heading: "When a personal budget ends",
    blocks: [
      paragraph(
        "ending.intro",
        reasons.length
          ? "A personal budget or direct payment can stop when:"
          : "The policy lists no reasons for stopping a personal budget.",
      ),
      ...reasons,
      paragraph(
        "ending.notice",
        notice
          ? `If the council decides to end a personal budget, it tells you in writing, with its reasons, within ${describeCountedPeriod(notice)} of the annual review meeting.`
          : "If the council decides to end a personal budget, it tells you in writing, with its reasons. The policy sets no time limit for this notice.",
      ),
      ...statementBlock("ending.in_writing", policy.statements.cessation_in_writing),
    ],
  };
}
