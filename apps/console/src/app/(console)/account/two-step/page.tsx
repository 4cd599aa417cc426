import type { Metadata } from "next";
import { loadAsUser } from "~/server/load-as-user";
import { TwoStepSetUp } from "./two-step-set-up";

export const metadata: Metadata = { title: "Two-step verification" };

/** Any signed-in user's own second factor: the key is shown once, and counts once a code from it is confirmed. */
export default async function TwoStepPage() {
  const { enrolled } = await loadAsUser((caller) => caller.twoStep.status());
  return (
    <>
      <h1>Two-step verification</h1>
      {enrolled ? (
        <p>Two-step verification is set up: when you sign in with your password, you are asked for the code your authenticator app shows.</p>
      ) : (
        <>
          <p className="lede">
            Some councils ask for a code from an authenticator app (such as Microsoft Authenticator) as well as your password. Set the app up once
            here; from your next sign-in you are asked for its code.
          </p>
          <TwoStepSetUp />
        </>
      )}
    </>
  );
}
