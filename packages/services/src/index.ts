export { type ServiceContext } from "./shared/context";
export { NotFoundError, ConflictError, ValidationError, ForbiddenError } from "./shared/errors";
export { updateAtVersion } from "./shared/versioned-update";
export { getPolicyInForce, getPolicyVersion, type PolicyVersionInForce } from "./policy/policy-in-force";
export {
  listPolicyVersions,
  adoptPreset,
  openDraft,
  saveDraft,
  publishDraft,
  discardDraft,
  readPolicyVersion,
  diffPolicyVersions,
  type PolicyVersionSummary,
} from "./policy/policy-versions";
export { readPolicyVersionDetail, findDraft, type PolicyVersionDetail } from "./policy/read-policy-version-detail";
export { comparePolicyVersions, type DescribedDifference, type VersionComparison } from "./policy/compare-policy-versions";
export { tryRequest, type TryRequestResult, type TriedVersion } from "./policy/try-request";
export { compareCheckResults, type CheckComparison } from "./policy/compare-check-results";
export { listWorkQueues, type WorkQueue, type WorkQueueItem } from "./queues/list-work-queues";
export { QUEUE_DEFINITIONS, type QueueDefinition } from "./queues/queue-definitions";
export * from "./exports";
export * from "./finance";
export * from "./cases/requests";
export * from "./cases/decisions";
export * from "./cases/conditions";
export * from "./cases/disagreements";
export * from "./cases/budgets";
export * from "./cases/agreements";
export * from "./cases/reviews";
export * from "./cases/cessations";
export * from "./what-if";
export * from "./monitoring";
export { getNextPolicyReview, type NextPolicyReview } from "./policy/next-policy-review";
export * from "./cases/children";
export * from "./dashboards";
export * from "./identity";
export * from "./notify";
export * from "./messages";
export * from "./cases/family-contact";
export * from "./users";
export * from "./cases/letters";
export { readLocalOffer, isCouncilSlug, type LocalOfferView } from "./local-offer/read-local-offer";
export { renderLocalOfferPdf } from "./local-offer/render-local-offer-pdf";
