import { RUNTIME_DELETABLE_TABLES as BEFORE_0025 } from "./migrations/0024-user-administration";
import { IDENTITY_DELETABLE_TABLES } from "./migrations/0025-identity-providers";

/** Every table the runtime role may delete from (besides the rollups), as the migrations grant it. */
export const RUNTIME_DELETABLE_TABLES = [...BEFORE_0025, ...IDENTITY_DELETABLE_TABLES] as const;
