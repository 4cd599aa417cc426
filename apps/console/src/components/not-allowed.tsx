import Link from "next/link";

/**
 * Shown when the signed-in role may not use a page; the procedures behind it refuse them too, so the
 * page and the API answer by the same rule. `what` names what the role may not do, when the page knows.
 */
export function NotAllowed({ what }: { what?: string }) {
  return (
    <>
      <h1>You are not allowed to see this page</h1>
      <p>
        {what === undefined ? "Your role does not allow you to see this page." : `Your role does not allow you to ${what}.`} If you need
        to, ask an administrator.
      </p>
      <p>
        <Link href="/">Go to your start page</Link>
      </p>
    </>
  );
}
