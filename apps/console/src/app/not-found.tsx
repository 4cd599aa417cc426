import Link from "next/link";

export default function NotFound() {
  return (
    <main id="main">
      <h1>Page not found</h1>
      <p>The record may not exist, or it may belong to another council.</p>
      <p>
        <Link href="/">Go to your start page</Link>
      </p>
    </main>
  );
}
