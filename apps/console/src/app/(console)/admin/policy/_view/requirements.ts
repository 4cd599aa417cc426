
import { describeSettingPath, describeSettingValue } from "@pb/eligibility";
import type { PolicyDocument } from "../_lib/types";

type StreamPolicy = NonNullable<PolicyDocument["streams"]["education"]>;
export type Requirements = NonNullable<StreamPolicy["requires"]>;

/** "School's agreement (when delivered on school premises; direct payments only)". */
export function describeRequirement(kind: string, requirement: { appliesTo: string; when?: string }): string {
  const when = requirement.when ? `${describeSettingValue(requirement.when)}; ` : "";
  return `${describeSettingPath(kind)} (${when}${describeSettingValue(requirement.appliesTo)})`;
}

export function listRequirements(requires: Requirements | undefined): { kind: string; requirement: NonNullable<Requirements[keyof Requirements]> }[] {
  return Object.entries(requires ?? {}).flatMap(([kind, requirement]) => (requirement ? [{ kind, requirement }] : []));
}
