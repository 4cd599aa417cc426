export { type ServiceContext, todayIso } from "./shared/context";
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
export { listWorkQueues, type WorkQueue, type WorkQueueItem } from "./queues/list-work-queues";
export { QUEUE_DEFINITIONS, type QueueDefinition } from "./queues/queue-definitions";
