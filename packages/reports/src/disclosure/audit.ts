import { auditByRelation, type Audit } from "./secondary";

/** The protector's audit. (First version: relation by relation; the exact bounds come next.) */
export const auditByBounds: Audit = auditByRelation;
