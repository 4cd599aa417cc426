import Link from "next/link";
import { describeAction, describeChanges, formatWhen } from "../_lib/history-words";
import type { CaseHistoryPage } from "../_lib/types";

/**
 * Audited changes about the child, newest first: who, when, what, and the values before and after;
 * a link to the older ones when there are more than the page shows, so a list that stops is never
 * mistaken for the start of the case.
 */
export function CaseHistory({ childId, history, caption }: { childId: string; history: CaseHistoryPage; caption: string }) {
  return (
    <>
      {history.entries.length === 0 ? (
        <p>Nothing has been recorded yet.</p>
      ) : (
        <table className="history">
          <caption>{caption}</caption>
          <thead>
            <tr>
              <th scope="col">When</th>
              <th scope="col">Who</th>
              <th scope="col">What</th>
              <th scope="col">Before and after</th>
            </tr>
          </thead>
          <tbody>
            {history.entries.map((h) => {
              const changes = describeChanges(h.before, h.after);
              return (
                <tr key={h.id}>
                  <th scope="row">{formatWhen(h.at)}</th>
                  <td>{h.who ?? "The system"}</td>
                  <td>{describeAction(h.action)}</td>
                  <td>
                    {changes.length === 0 ? (
                      "—"
                    ) : (
                      <ul>
                        {changes.map((c) => (
                          <li key={c.field}>
                            {c.field}: {c.before} → {c.after}
                          </li>
                        ))}
                      </ul>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      {history.olderBefore && (
        <p>
          <Link href={`/cases/${childId}/history?before=${history.olderBefore}`}>Older changes</Link>
        </p>
      )}
    </>
  );
}

/** The case page's section: the latest changes, and the way to older ones. */
export function CaseHistorySection({ childId, history }: { childId: string; history: CaseHistoryPage }) {
  return (
    <section aria-labelledby="history-heading" className="request-section">
      <h2 id="history-heading">History</h2>
      <CaseHistory childId={childId} history={history} caption="Changes to this case, newest first" />
    </section>
  );
}
