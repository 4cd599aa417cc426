import type { Metadata } from "next";
import { SIGN_IN_FAILED, SIGN_IN_NO_ROLE } from "@pb/auth/sign-in-codes";
import { listSignInProviders } from "~/server/sign-in-providers";
import { CouncilAccountButtons } from "./council-account-buttons";
import { SignInForm } from "./sign-in-form";

export const metadata: Metadata = { title: "Sign in" };

// What the council's provider's refusals say; next-auth's own error codes (a cancelled or failed sign-in at the provider) say the last.
const PROVIDER_REFUSALS: Record<string, string> = {
  [SIGN_IN_NO_ROLE]: "Your council account is not in any group that gives a role here. Ask your administrator to add you to the right group.",
  [SIGN_IN_FAILED]: "Signing in is not working at the moment. Please try again in a few minutes.",
};
const PROVIDER_FAILED = "Signing in with your council account did not work. Please try again, or ask your administrator.";

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string; error?: string }> }) {
  const { callbackUrl, error } = await searchParams;
  // Only same-site paths, so the sign-in page cannot be used to send people elsewhere.
  const next = callbackUrl && callbackUrl.startsWith("/") && !callbackUrl.startsWith("//") ? callbackUrl : "/";
  const providers = await listSignInProviders();
  const refusal = error ? (PROVIDER_REFUSALS[error] ?? PROVIDER_FAILED) : null;
  return (
    <main id="main" className="sign-in">
      <h1>Sign in</h1>
      <p className="lede">Personal budgets for children and young people with special educational needs and disabilities.</p>
      {refusal && (
        <div className="error-summary" role="alert">
          <h2>There is a problem</h2>
          <p>{refusal}</p>
        </div>
      )}
      {providers.length > 0 && (
        <section aria-labelledby="council-account">
          <h2 id="council-account">With your council account</h2>
          <CouncilAccountButtons providers={providers} next={next} />
          <h2>With an email address and password</h2>
        </section>
      )}
      <SignInForm next={next} />
    </main>
  );
}
