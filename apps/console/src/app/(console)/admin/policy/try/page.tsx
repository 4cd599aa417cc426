import { getPolicyVocabulary } from "@pb/eligibility";
import { todayIso } from "@pb/calendar";
import type { Metadata } from "next";
import Link from "next/link";

import { loadAsUser } from "~/server/load-as-user";
import { TryRequest } from "./try-request";

export const metadata: Metadata = { title: "Try a request" };

export default async function TryPage() {
  const loaded = await loadAsUser((caller) => caller.policy.versions());
  const draft = loaded.find((v) => v.status === "draft");
  return (
    <>
      <p>
        <Link href="/admin/policy">Council policy</Link>
      </p>
      <h1>Try a request</h1>
      <p className="lede">
        Describe a made-up child and request, and see the outcome and reasons under {draft ? `the draft (version ${draft.versionNumber})` : "the draft, when there is one,"} and
        under the version in force on the request&apos;s date, side by side. Nothing is saved, and nothing you type here goes into a web address.
      </p>
      <TryRequest vocabulary={getPolicyVocabulary()} today={todayIso()} />
    </>
  );
}
