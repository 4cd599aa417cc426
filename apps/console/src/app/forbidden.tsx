import Link from "next/link";

// Next renders this, with 403, where a page calls forbidden() (loadAsUser does when a procedure refuses
// the role): the page answers as the API behind it does, and says so without saying what is there.
export default function Forbidden() {
  return (
    <main id="main">
      <h1>You are not allowed to see this page</h1>
      <p>Your role does not allow you to see this page. If you need to, ask an administrator.</p>
      <p>
        <Link href="/">Go to your start page</Link>
      </p>
    </main>
  );
}
