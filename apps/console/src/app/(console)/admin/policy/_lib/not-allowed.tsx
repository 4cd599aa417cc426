import Link from "next/link";

/** Shown to anyone but an administrator; the procedures behind these pages refuse them too. */
export function NotAllowed() {
  return (
    <>
      <h1>You are not allowed to see this page</h1>
      <p>Only an administrator can view and change the council&apos;s policy. If you need a change to the policy, ask an administrator.</p>
      <p>
        <Link href="/">Go to your start page</Link>
      </p>
    </>
  );
}
