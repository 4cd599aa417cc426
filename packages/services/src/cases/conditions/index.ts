export { confirmCondition, type ConfirmConditionInput } from "./confirm-condition";
export { loadLineConditions, type ConditionView } from "./load-line-conditions";
export type { ConditionInput } from "./condition-input";
