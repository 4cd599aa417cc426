import type { Metadata } from "next";
import { SignInForm } from "./sign-in-form";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string }> }) {
  const { callbackUrl } = await searchParams;
  // Only same-site paths, so the sign-in page cannot be used to send people elsewhere.
  const next = callbackUrl && callbackUrl.startsWith("/") && !callbackUrl.startsWith("//") ? callbackUrl : "/";
  return (
    <main id="main" className="sign-in">
      <h1>Sign in</h1>
      <p className="lede">Personal budgets for children and young people with special educational needs and disabilities.</p>
      <SignInForm next={next} />
    </main>
  );
}
