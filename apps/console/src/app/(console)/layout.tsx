import { TRPCError } from "@trpc/server";
import Link from "next/link";
import { redirect } from "next/navigation";
import type { ReactNode } from "react";
import { ROLE_LABELS, hasAnyRole } from "@pb/auth";
import { getMe } from "~/server/me";
import { TrpcReactProvider } from "~/trpc/client";
import { SignOutButton } from "~/components/sign-out-button";
import { NAV_ITEMS } from "~/components/nav-items";

export const dynamic = "force-dynamic";

export default async function ConsoleLayout({ children }: { children: ReactNode }) {
  const me = await getMe().catch((error: unknown) => {
    if (error instanceof TRPCError && error.code === "UNAUTHORIZED") redirect("/sign-in");
    throw error;
  });
  const current = me.memberships.find((m) => m.councilId === me.currentCouncilId);
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to main content
      </a>
      <header className="header">
        <Link className="brand" href="/">
          Personal budgets
        </Link>
        <nav aria-label="Main">
          <ul>
            {NAV_ITEMS.filter((item) => hasAnyRole(current?.roles ?? [], item.roles)).map((item) => (
              <li key={item.href}>
                <Link href={item.href}>{item.label}</Link>
              </li>
            ))}
          </ul>
        </nav>
        <div className="who">
          <span>
            {me.name}
            {current && ` · ${current.councilName} · ${current.roles.map((r) => ROLE_LABELS[r]).join(", ")}`}
          </span>
          <SignOutButton />
        </div>
      </header>
      <TrpcReactProvider>
        <main id="main" tabIndex={-1}>
          {children}
        </main>
      </TrpcReactProvider>
    </>
  );
}
