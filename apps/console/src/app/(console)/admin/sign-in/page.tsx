import type { Metadata } from "next";
import { loadAsUser } from "~/server/load-as-user";

export const metadata: Metadata = { title: "Sign-in lockouts" };

const WHEN = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "Europe/London" });
const when = (value: Date | string | null) => (value ? WHEN.format(new Date(value)) : "");

/** Read-only: who of the council cannot sign in now, and its latest lockouts (issue 19). */
export default async function SignInLockoutsPage() {
  const loaded = await loadAsUser((caller) => caller.signInSecurity.lockouts());
  const { lockedAccounts, recentLockouts } = loaded;
  return (
    <>
      <h1>Sign-in lockouts</h1>
      <p className="lede">
        After repeated wrong passwords, signing in slows down and then stops for a while, for the account and for the address the attempts came
        from. While an account is locked even the right password is refused; the lock runs out by itself.
      </p>
      <table>
        <caption>Accounts locked now</caption>
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Email</th>
            <th scope="col">Locked until</th>
          </tr>
        </thead>
        <tbody>
          {lockedAccounts.length === 0 && (
            <tr>
              <td colSpan={3}>No account of this council is locked.</td>
            </tr>
          )}
          {lockedAccounts.map((a) => (
            <tr key={a.userId}>
              <th scope="row">{a.name}</th>
              <td>{a.email}</td>
              <td>{when(a.lockedUntil)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <table>
        <caption>Recent lockouts (latest 50)</caption>
        <thead>
          <tr>
            <th scope="col">When</th>
            <th scope="col">What was locked</th>
            <th scope="col">Until</th>
          </tr>
        </thead>
        <tbody>
          {recentLockouts.length === 0 && (
            <tr>
              <td colSpan={3}>No lockouts recorded.</td>
            </tr>
          )}
          {recentLockouts.map((l, i) => (
            <tr key={`${String(l.at)}-${i}`}>
              <td>{when(l.at)}</td>
              <td>{l.action === "account" ? `The account of ${l.name ?? "a former user"}` : `The address ${l.entityId ?? ""}`}</td>
              <td>{when(l.lockedUntil)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
