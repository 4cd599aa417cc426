"use client";

import type { OutcomeCount, ReasonCount, ServiceTally, StreamCount, TransitionCount } from "@pb/reports";
import { STREAM_LABELS } from "@pb/reports";
import { formatMoney } from "~/components/money";
import { describeService, OUTCOME_LABELS, REASON_LABELS, type RowSelection } from "./labels";

const count = (n: number) => n.toLocaleString("en-GB");
const signed = (n: number) => (n > 0 ? `+${count(n)}` : count(n));

export function OutcomeTable({ outcomes }: { outcomes: OutcomeCount[] }) {
  return (
    <table>
      <caption>Request lines by outcome: as recorded under the policy in force, and under the policy tried</caption>
      <thead>
        <tr>
          <th scope="col">Outcome</th>
          <th scope="col" className="num">Policy in force</th>
          <th scope="col" className="num">Policy tried</th>
          <th scope="col" className="num">Change</th>
        </tr>
      </thead>
      <tbody>
        {outcomes.map((o) => (
          <tr key={o.outcome}>
            <th scope="row">{OUTCOME_LABELS[o.outcome]}</th>
            <td className="num">{count(o.inForce)}</td>
            <td className="num">{count(o.draft)}</td>
            <td className="num">{signed(o.draft - o.inForce)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function TransitionTable({ transitions, onSelect }: { transitions: TransitionCount[]; onSelect: (s: RowSelection) => void }) {
  if (!transitions.length) return <p>No outcome would change.</p>;
  return (
    <table>
      <caption>Lines whose outcome would change, by the way it would change</caption>
      <thead>
        <tr>
          <th scope="col">Recorded</th>
          <th scope="col">Under the policy tried</th>
          <th scope="col" className="num">Lines</th>
          <th scope="col">Rows</th>
        </tr>
      </thead>
      <tbody>
        {transitions.map((t) => {
          const label = `from ${OUTCOME_LABELS[t.from].toLowerCase()} to ${OUTCOME_LABELS[t.to].toLowerCase()}`;
          return (
            <tr key={`${t.from}-${t.to}`}>
              <th scope="row">{OUTCOME_LABELS[t.from]}</th>
              <td>{OUTCOME_LABELS[t.to]}</td>
              <td className="num">{count(t.lines)}</td>
              <td>
                <button type="button" className="button secondary" onClick={() => onSelect({ from: t.from, to: t.to, label })}>
                  Show the lines<span className="visually-hidden"> {label}</span>
                </button>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

export function ReasonTable({ reasons }: { reasons: ReasonCount[] }) {
  if (!reasons.length) return <p>No reason would be given or lifted.</p>;
  return (
    <table>
      <caption>Reasons the changed lines would gain or lose under the policy tried</caption>
      <thead>
        <tr>
          <th scope="col">Reason</th>
          <th scope="col">Code</th>
          <th scope="col" className="num">Lines gaining it</th>
          <th scope="col" className="num">Lines losing it</th>
        </tr>
      </thead>
      <tbody>
        {reasons.map((r) => (
          <tr key={r.code}>
            <th scope="row">{REASON_LABELS[r.code] ?? r.code}</th>
            <td>
              <code>{r.code}</code>
            </td>
            <td className="num">{count(r.gained)}</td>
            <td className="num">{count(r.lost)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function StreamTable({ streams, onSelect }: { streams: StreamCount[]; onSelect: (s: RowSelection) => void }) {
  return (
    <table>
      <caption>Changes by funding stream, with the change in committed spend a year</caption>
      <thead>
        <tr>
          <th scope="col">Stream</th>
          <th scope="col" className="num">Lines checked</th>
          <th scope="col" className="num">Would change</th>
          <th scope="col" className="num">Would become not eligible</th>
          <th scope="col" className="num">Would no longer be refused</th>
          <th scope="col" className="num">Committed spend</th>
          <th scope="col">Rows</th>
        </tr>
      </thead>
      <tbody>
        {streams.map((s) => (
          <tr key={s.stream}>
            <th scope="row">{STREAM_LABELS[s.stream]}</th>
            <td className="num">{count(s.checked)}</td>
            <td className="num">{count(s.changed)}</td>
            <td className="num">{count(s.becameIneligible)}</td>
            <td className="num">{count(s.becameEligible)}</td>
            <td className="num">{formatMoney(s.committedChangePence)}</td>
            <td>
              {s.changed > 0 && (
                <button type="button" className="button secondary" onClick={() => onSelect({ stream: s.stream, label: `in ${STREAM_LABELS[s.stream].toLowerCase()}` })}>
                  Show the lines<span className="visually-hidden"> in {STREAM_LABELS[s.stream]}</span>
                </button>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function ServiceTable({ services }: { services: ServiceTally[] }) {
  if (!services.length) return <p>No service&apos;s requests would change.</p>;
  return (
    <table>
      <caption>Services whose requests would change, most first</caption>
      <thead>
        <tr>
          <th scope="col">Service</th>
          <th scope="col">Stream</th>
          <th scope="col" className="num">Lines that would change</th>
          <th scope="col" className="num">Committed spend</th>
        </tr>
      </thead>
      <tbody>
        {services.map((s) => (
          <tr key={`${s.stream}:${s.service}`}>
            <th scope="row">{describeService(s.service)}</th>
            <td>{STREAM_LABELS[s.stream]}</td>
            <td className="num">{count(s.changed)}</td>
            <td className="num">{formatMoney(s.committedChangePence)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
