import "server-only";
import { toProviderEntries } from "@pb/auth";
import { listIdentityProviders } from "@pb/db";
import { getDatabase } from "./database";

export type SignInProvider = { id: string; councilName: string };

/** The councils whose staff may sign in with their council account: the sign-in page's buttons (no secret leaves here). */
export async function listSignInProviders(): Promise<SignInProvider[]> {
  const rows = await listIdentityProviders((await getDatabase()).db);
  return toProviderEntries(rows).map((entry) => ({ id: entry.id, councilName: entry.councilName }));
}
