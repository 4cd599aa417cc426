import { forbidden } from "next/navigation";
import type { Metadata } from "next";
import Link from "next/link";
import "~/app/(console)/requests/_lib/case-pages.css";
import { getCaseAccess } from "../_lib/load-access";
import { NewChildForm } from "./new-child-form";

export const metadata: Metadata = { title: "Add a child or young person" };

export default async function NewChildPage() {
  const { write } = await getCaseAccess();
  if (!write) forbidden();
  return (
    <>
      <p>
        <Link href="/cases">Back to children and young people</Link>
      </p>
      <h1>Add a child or young person</h1>
      <p className="lede">Record who they are and, if they have one, their plan with its outcomes. Both are kept together or not at all.</p>
      <NewChildForm />
    </>
  );
}
