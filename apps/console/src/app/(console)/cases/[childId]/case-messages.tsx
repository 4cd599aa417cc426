import { describeOutboxStatus, type ChildMessage } from "@pb/services";
import { formatWhen } from "../_lib/history-words";

/**
 * The letters and emails to the family through GOV.UK Notify: what, how, where each stands and what
 * Notify says of its delivery. Without a Notify key nothing is sent, and the printable letters on the
 * request, cessation and review pages stay the way to send one.
 */
export function CaseMessages({ messages, notifyConfigured }: { messages: ChildMessage[]; notifyConfigured: boolean }) {
  return (
    <section aria-labelledby="messages-heading" className="request-section">
      <h2 id="messages-heading">Letters and emails to the family</h2>
      {!notifyConfigured && <p>GOV.UK Notify is not set up, so nothing is sent: print each letter from its page and post it.</p>}
      {messages.length === 0 ? (
        <p>No letters or emails yet.</p>
      ) : (
        <table className="history">
          <caption>Messages through GOV.UK Notify, newest first</caption>
          <thead>
            <tr>
              <th scope="col">Message</th>
              <th scope="col">Sent by</th>
              <th scope="col">Status</th>
              <th scope="col">Delivery</th>
              <th scope="col">Dates</th>
            </tr>
          </thead>
          <tbody>
            {messages.map((m) => (
              <tr key={m.id}>
                <th scope="row">{m.kindWords}</th>
                <td>{m.channelWords}</td>
                <td>{describeOutboxStatus(m, notifyConfigured)}</td>
                <td>{m.deliveryWords ?? "Not known yet"}</td>
                <td>
                  <ul>
                    <li>Queued {formatWhen(m.createdAt)}</li>
                    {m.sentAt && <li>Sent {formatWhen(m.sentAt)}</li>}
                    {m.status === "pending" && notifyConfigured && m.attempts > 0 && <li>Next try {formatWhen(m.nextAttemptAt)}</li>}
                    {m.statusCheckedAt && <li>Delivery checked {formatWhen(m.statusCheckedAt)}</li>}
                  </ul>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
