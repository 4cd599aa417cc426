import type { Metadata } from "next";
import { connection } from "next/server";
import type { ReactNode } from "react";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Personal budgets", template: "%s · Personal budgets" },
  description: "SEND personal budgets: policy, cases, payments, dashboards and returns.",
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  // Every page is rendered per request, the sign-in page and the 404 included: Next puts the
  // request's CSP nonce on its scripts only while rendering, so a page prerendered at build time
  // would carry scripts without it, and the policy (src/http/security-headers.ts) would block them.
  await connection();
  return (
    <html lang="en-GB">
      <body>{children}</body>
    </html>
  );
}
