import Link from "next/link";

/** Shown when the signed-in role may not use the page; the procedures behind it refuse them too. */
export function NotAllowed({ what }: { what: string }) {
  return (
    <>
      <h1>You are not allowed to see this page</h1>
      <p>Your role does not allow you to {what}. If you need to, ask an administrator.</p>
      <p>
        <Link href="/">Go to your start page</Link>
      </p>
    </>
  );
}
