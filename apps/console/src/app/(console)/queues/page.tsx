import type { Metadata } from "next";
import Link from "next/link";
import { formatIsoDateEnGb } from "@pb/calendar";
import { DUE_STATUS_WORDS } from "@pb/reviews";
import type { RouterOutputs } from "@pb/api/types";
import { loadAsUser } from "~/server/load-as-user";

type WorkQueue = RouterOutputs["queues"]["list"][number];

export const metadata: Metadata = { title: "Work queues" };

const STATUS_WORDS = { ...DUE_STATUS_WORDS, waiting: "Waiting" } as const;

function QueueTable({ queue }: { queue: WorkQueue }) {
  if (queue.items.length === 0) return <p>Nothing is waiting here.</p>;
  return (
    <table>
      <caption className="visually-hidden">{queue.title}</caption>
      <thead>
        <tr>
          <th scope="col">Child reference</th>
          <th scope="col">What</th>
          <th scope="col">Due</th>
          <th scope="col">Status</th>
          <th scope="col">
            <span className="visually-hidden">Open</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {queue.items.map((item) => (
          <tr key={item.id}>
            <th scope="row">
              {item.childId ? <Link href={`/cases/${item.childId}`}>{item.childReference}</Link> : "The council"}
            </th>
            <td>{item.detail}</td>
            <td>{item.dueOn ? formatIsoDateEnGb(item.dueOn) : "—"}</td>
            <td>{item.status === "overdue" ? <strong>{STATUS_WORDS[item.status]}</strong> : STATUS_WORDS[item.status]}</td>
            <td>
              <Link href={item.href}>
                Open<span className="visually-hidden"> {queue.title.toLowerCase()} item for {item.childReference ?? "the council"}</span>
              </Link>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export default async function QueuesPage() {
  const loaded = await loadAsUser((caller) => caller.queues.list());
  const queues = loaded;
  return (
    <>
      <h1>Work queues</h1>
      <p className="lede">What is waiting for you, most urgent first. Time limits come from the council&apos;s policy in force.</p>
      {queues.length === 0 && <p>Your role has no work queues.</p>}
      <nav aria-label="Queues">
        <ul>
          {queues.map((q) => (
            <li key={q.id}>
              <a href={`#${q.id}`}>
                {q.title} ({q.items.length}
                {q.overdue ? `, ${q.overdue} overdue` : ""})
              </a>
            </li>
          ))}
        </ul>
      </nav>
      {queues.map((q) => (
        <section key={q.id} aria-labelledby={`${q.id}-heading`}>
          <h2 id={`${q.id}-heading`}>
            <span id={q.id}>{q.title}</span>
          </h2>
          <p>{q.action}</p>
          <QueueTable queue={q} />
        </section>
      ))}
    </>
  );
}
