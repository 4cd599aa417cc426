import { describeAction, describeChanges, formatWhen } from "../_lib/history-words";
import type { CaseView } from "../_lib/types";

/** Every audited change about the child, newest first: who, when, what, and the values before and after. */
export function CaseHistory({ view }: { view: CaseView }) {
  return (
    <section aria-labelledby="history-heading" className="request-section">
      <h2 id="history-heading">History</h2>
      {view.history.length === 0 ? (
        <p>Nothing has been recorded yet.</p>
      ) : (
        <table className="history">
          <caption>Changes to this case, newest first</caption>
          <thead>
            <tr>
              <th scope="col">When</th>
              <th scope="col">Who</th>
              <th scope="col">What</th>
              <th scope="col">Before and after</th>
            </tr>
          </thead>
          <tbody>
            {view.history.map((h) => {
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
    </section>
  );
}
