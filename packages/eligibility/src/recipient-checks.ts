import { formatDateEnGb } from "@pb/calendar";
import type { CheckInput } from "./check-input";
import { findCompulsorySchoolAgeEnd } from "./compulsory-school-age";
import { type Finding, addFinding } from "./findings";
import { toCalendarDate } from "./iso-date";
import type { Policy } from "./policy";
import { RECIPIENT_WORDS } from "./wording";

/** R9: who may receive a direct payment. Whether the council is satisfied with them is for people to judge. */
export function checkRecipient(policy: Policy, input: CheckInput, findings: Finding[]): void {
  const recipient = input.request.recipient;
  if (input.request.arrangement !== "direct_payment" || recipient === null) return;
  const rule = policy.directPayments.recipients[recipient];
  if (!rule.allowed) {
    addFinding(findings, {
      code: "RECIPIENT_NOT_PERMITTED",
      status: "fails",
      message: `A direct payment cannot be paid to ${RECIPIENT_WORDS[recipient]} under ${policy.name}'s policy.`,
      source: rule.source,
    });
    return;
  }
  if (recipient !== "young_person") return;
  const youngPerson = policy.directPayments.recipients.young_person;
  const schoolAgeEnds = findCompulsorySchoolAgeEnd(input.child.dateOfBirth);
  if (youngPerson.overCompulsorySchoolAge && input.asOf < schoolAgeEnds) {
    // Capacity is not asked about a child still of school age: the answer could not change the outcome.
    addFinding(findings, {
      code: "RECIPIENT_NOT_PERMITTED",
      status: "fails",
      message: `A direct payment can be paid to the young person only once they are over compulsory school age, which for them is from ${formatDateEnGb(toCalendarDate(schoolAgeEnds))}. Until then it can be paid to a parent or carer.`,
      source: youngPerson.source,
    });
    return;
  }
  const capacity = input.child.youngPersonHasCapacity;
  if (youngPerson.capacity && capacity !== true) {
    addFinding(findings, {
      code: "CAPACITY_NOT_CONFIRMED",
      status: capacity === null ? "to_confirm" : "fails",
      message:
        capacity === null
          ? "It still needs to be confirmed that the young person has the capacity to manage a direct payment."
          : "A direct payment can be paid to the young person only if they have the capacity to manage it. It could be paid to a parent, carer or a nominated person instead.",
      source: youngPerson.source,
    });
  }
}
