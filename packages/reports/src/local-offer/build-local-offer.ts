import { formatIsoDateEnGb } from "@pb/calendar";
import { STREAMS, STREAM_WORDS, capitalise, type Policy } from "@pb/eligibility";
import { describeCouncilReviewSteps, describeHowToAskForReview, describeStatutoryRoutes } from "../letters/challenge-routes";
import { describeCountedPeriod } from "../letters/letter-words";
import { buildNotPayForSection, buildPaysForSection, buildWhoSection } from "./eligibility-sections";
import { buildEndingSection, buildManagingSection, buildReviewsSection } from "./money-sections";
import { item, paragraph, statementBlock, subheading } from "./offer-blocks";
import type { LocalOffer, OfferBlock, OfferSection } from "./local-offer-types";

function buildAboutSection(policy: Policy): OfferSection {
  return {
    id: "about",
    heading: "About personal budgets",
    blocks: [
      paragraph(
        "about.what",
        "A personal budget is an amount of money identified to deliver support set out in a child's or young person's plan, where the family or young person is involved in securing that support. It is not extra money: it is a more flexible way of using the money already set aside for the support.",
      ),
      paragraph(
        "about.choice",
        "You do not have to have a personal budget. If you do not want one, the support in the plan is still provided by the council and the NHS in the usual way.",
      ),
      paragraph(
        "about.source",
        `This page is made from the personal budgets policy ${policy.name} uses to decide requests, so it always says what the council applies.`,
      ),
    ],
  };
}

function buildDecisionsSection(policy: Policy): OfferSection {
  const panels: OfferBlock[] = STREAMS.flatMap((stream) => {
    const rules = policy.streams[stream];
    return rules?.offered && rules.panel
      ? [item(`decisions.panel.${stream}`, `${capitalise(STREAM_WORDS[stream])}: the ${rules.panel.name}.`)]
      : [];
  });
  return {
    id: "decisions",
    heading: "How decisions are made",
    blocks: [
      paragraph("decisions.intro", "Each request is decided on its own merits, for each kind of support in it."),
      ...(panels.length ? [paragraph("decisions.panels", "Requests are decided by:"), ...panels] : []),
      ...statementBlock("decisions.principles", policy.statements.decision_principles),
      ...statementBlock("decisions.refusal", policy.statements.refusal_reasons),
      ...statementBlock("decisions.in_writing", policy.statements.decisions_in_writing),
    ],
  };
}

/** T7: a family can always challenge. The policy's time limits where it sets them; where it is silent, it says so and still says how. */
function buildDisagreeSection(policy: Policy): OfferSection {
  const blocks: OfferBlock[] = [
    paragraph("disagree.ask", describeHowToAskForReview(policy, "a decision about a personal budget").text),
    ...describeCouncilReviewSteps(policy).map((p, i) => paragraph(`disagree.steps.${i}`, p.text)),
  ];
  for (const route of describeStatutoryRoutes(policy)) {
    blocks.push(subheading(`disagree.${route.route}.heading`, route.heading));
    route.paragraphs.forEach((p, i) => blocks.push(paragraph(`disagree.${route.route}.${i}`, p.text)));
  }
  return { id: "disagree", heading: "If you disagree with a decision", blocks };
}

function buildContactsSection(policy: Policy): OfferSection {
  const contacts = policy.contacts ?? [];
  const blocks: OfferBlock[] = contacts.length
    ? [
        paragraph("contacts.intro", "Who to talk to:"),
        ...contacts.map((c, i) => item(`contacts.${i}`, `${c.name}, for ${c.about}${c.phone ? `: telephone ${c.phone}` : ""}.`)),
      ]
    : [
        paragraph(
          "contacts.none",
          `The policy names no contacts. Talk to your case officer, or to ${policy.name}'s special educational needs team, about a personal budget.`,
        ),
      ];
  return { id: "contacts", heading: "Contacts", blocks };
}

function buildPolicyReviewSection(policy: Policy): OfferSection {
  const period = policy.timeLimits.policyReview;
  return {
    id: "policy_review",
    heading: "Reviewing this policy",
    blocks: [
      paragraph(
        "policy_review.period",
        period
          ? `The policy is formally reviewed every ${describeCountedPeriod(period)}.`
          : "The policy sets no period for its own formal review.",
      ),
      ...statementBlock("policy_review.minor", policy.statements.minor_amendments),
    ],
  };
}

/**
 * The council's Local Offer page for personal budgets, from one version of its policy: the same
 * Policy object the request check, the letters and the schedules read. Pure; no codes, no JSON.
 */
export function buildLocalOffer(policy: Policy, version: { effectiveFrom: string }): LocalOffer {
  return {
    title: `Personal budgets: ${policy.name}`,
    councilName: policy.name,
    effectiveFrom: version.effectiveFrom,
    effectiveFromText: formatIsoDateEnGb(version.effectiveFrom),
    sections: [
      buildAboutSection(policy),
      buildWhoSection(policy),
      buildPaysForSection(policy),
      buildNotPayForSection(policy),
      buildManagingSection(policy),
      buildReviewsSection(policy),
      buildEndingSection(policy),
      buildDecisionsSection(policy),
      buildDisagreeSection(policy),
      buildContactsSection(policy),
      buildPolicyReviewSection(policy),
    ],
  };
}
