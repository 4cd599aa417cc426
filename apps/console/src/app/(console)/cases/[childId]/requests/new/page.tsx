import { todayIso } from "@pb/calendar";
import type { Metadata } from "next";
import Link from "next/link";

import { loadAsUser } from "~/server/load-as-user";
import "~/app/(console)/requests/_lib/case-pages.css";
import { NewRequestForm } from "./new-request-form";

export const metadata: Metadata = { title: "Record a request for a personal budget" };

export default async function NewRequestPage({ params }: { params: Promise<{ childId: string }> }) {
  const { childId } = await params;
  const loaded = await loadAsUser((caller) => caller.requests.options({ childId }));
  const options = loaded;
  return (
    <>
      <p>
        <Link href={`/cases/${options.childId}`}>Back to {options.childReference}</Link>
      </p>
      <h1>Record a request for a personal budget</h1>
      <p className="lede">
        For {options.childReference}. Add a line for each service the family asks for. Check the request against the policy before saving: each line is
        judged by the policy in force on the date the request was received, and that check is kept with the request.
      </p>
      {!options.policyVersion && <p className="field-error">The council has no policy in force today. An administrator must adopt one before requests can be checked.</p>}
      <NewRequestForm options={options} today={todayIso()} />
    </>
  );
}
