import type { Metadata } from "next";
import Link from "next/link";
import { PASSWORD_MIN_LENGTH, readInvitationLink } from "@pb/auth";
import { getDatabase } from "~/server/database";
import { SetPasswordForm } from "./set-password-form";

export const metadata: Metadata = { title: "Set your password" };

const DAY = new Intl.DateTimeFormat("en-GB", { dateStyle: "long", timeStyle: "short", timeZone: "Europe/London" });

/**
 * Issue 21: where an invited user sets their password, from the link their invitation emailed.
 * The token in the address is the link's only secret and works once; it is never logged.
 */
export default async function SetPasswordPage({ searchParams }: { searchParams: Promise<{ token?: string | string[] }> }) {
  const { token } = await searchParams;
  const text = typeof token === "string" ? token : "";
  const link = await readInvitationLink((await getDatabase()).db, text);
  return (
    <main id="main" className="sign-in">
      <h1>Set your password</h1>
      {link.kind === "unusable" ? (
        <>
          <p className="lede">
            This link cannot be used: it has been used already, a newer invitation replaced it, or it is more than 7 days old. Ask your council&apos;s
            administrator to send the invitation again.
          </p>
          <p>
            <Link href="/sign-in">Sign in</Link> if you have set your password already.
          </p>
        </>
      ) : (
        <>
          <p className="lede">
            {link.councilName} invited {link.email} to the personal budgets console. Choose a password of at least {PASSWORD_MIN_LENGTH} characters: a few
            words you will remember is a good one. This link works until {DAY.format(link.expiresAt)}.
          </p>
          <SetPasswordForm token={text} email={link.email} />
        </>
      )}
    </main>
  );
}
