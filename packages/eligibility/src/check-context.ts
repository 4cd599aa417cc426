import { ageOn } from "@pb/calendar";
import type { CheckInput } from "./check-input";
import { toCalendarDate } from "./iso-date";
import type { Policy } from "./policy";
import type { ServiceRule, StreamPolicy } from "./stream-policy";
import { humaniseCode } from "./wording";

/** What every check needs, worked out once per request. */
export type CheckContext = {
  policy: Policy;
  input: CheckInput;
  stream: StreamPolicy;
  /** The service's line in the stream's catalogue, when it is there. */
  service: ServiceRule | undefined;
  /** The catalogue allows a personal budget for the service. */
  serviceIncluded: boolean;
  serviceName: string;
  isDirectPayment: boolean;
  age: number;
};

export function buildCheckContext(policy: Policy, input: CheckInput, stream: StreamPolicy): CheckContext {
  const service = stream.services[input.request.service];
  return {
    policy,
    input,
    stream,
    service,
    serviceIncluded: service?.personalBudget === true,
    serviceName: service?.name ?? findServiceName(policy, input.request.service),
    isDirectPayment: input.request.arrangement === "direct_payment",
    age: ageOn(toCalendarDate(input.child.dateOfBirth), toCalendarDate(input.asOf)),
  };
}

/** A service named in another stream's catalogue keeps its name; otherwise its code is read aloud. */
function findServiceName(policy: Policy, code: string): string {
  for (const stream of Object.values(policy.streams)) {
    const name = stream?.services[code]?.name;
    if (name) return name;
  }
  return humaniseCode(code);
}
