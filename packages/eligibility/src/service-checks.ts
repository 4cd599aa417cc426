import type { CheckContext } from "./check-context";
import { type Finding, addFinding } from "./findings";
import { STREAM_WORDS, capitalise } from "./wording";

export function checkServiceIncluded(ctx: CheckContext, findings: Finding[]): void {
  if (ctx.serviceIncluded) return;
  const stream = STREAM_WORDS[ctx.input.request.stream];
  const message = ctx.service
    ? `${capitalise(ctx.serviceName)} cannot be paid for through a personal budget for ${stream}.`
    : `${ctx.policy.name} does not list ${ctx.serviceName} among the services a personal budget for ${stream} can pay for.`;
  const explanation = ctx.service?.explanation;
  addFinding(findings, {
    code: "SERVICE_EXCLUDED",
    status: "fails",
    message: explanation ? `${message} ${explanation}` : message,
    source: ctx.service?.source ?? ctx.stream.source,
  });
}

/** R10 and the direct payment column of a table of provision. */
export function checkDirectPaymentUse(ctx: CheckContext, findings: Finding[]): void {
  if (!ctx.isDirectPayment) return;
  const { stream, service } = ctx.input.request;
  const prohibited = Object.values(ctx.policy.directPayments.prohibitedUses).find(
    (use) => use.streams.includes(stream) && use.services.includes(service),
  );
  if (prohibited) {
    addFinding(findings, {
      code: "DIRECT_PAYMENT_PROHIBITED_USE",
      status: "fails",
      message: `A direct payment cannot be used for ${prohibited.description}.`,
      source: prohibited.source,
    });
  } else if (ctx.service && ctx.serviceIncluded && !ctx.service.directPayment) {
    addFinding(findings, {
      code: "DIRECT_PAYMENT_PROHIBITED_USE",
      status: "fails",
      message: `${capitalise(ctx.serviceName)} cannot be paid for with a direct payment, though it can be part of a personal budget managed another way.`,
      source: ctx.service.source,
    });
  }
}
