import "server-only";
import { getServerSession } from "next-auth";
import { createAuthOptions, userIdOf } from "@pb/auth";
import { env } from "~/env";
import { getDatabase } from "./database";

export const authOptions = createAuthOptions({
  getDb: async () => (await getDatabase()).db,
  secret: env.authSecret,
  secureCookies: env.publicUrl.startsWith("https://"),
});

export async function getSignedInUserId(): Promise<string | null> {
  return userIdOf(await getServerSession(authOptions));
}
