import { RUNTIME_DELETABLE_TABLES as FROM_0023 } from "./migrations/0023-runtime-grants";
import { IDENTITY_DELETABLE_TABLES } from "./migrations/0025-identity-providers";

/** Every table the runtime role may delete from (besides the rollups), as the migrations grant it. */
export const RUNTIME_DELETABLE_TABLES = [...FROM_0023, ...IDENTITY_DELETABLE_TABLES] as const;
