import Link from "next/link";

export default function NoAccess() {
  return (
    <>
      <h1>No pages for your role yet</h1>
      <p>You are signed in, but your account has no role in a council. Ask your administrator to add you.</p>
      <p>
        If your council asks for a code from an authenticator app, <Link href="/account/two-step">set up two-step verification</Link> and sign in
        again with its code.
      </p>
    </>
  );
}
