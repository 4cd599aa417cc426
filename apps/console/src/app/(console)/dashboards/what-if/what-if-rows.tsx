"use client";

import { formatIsoDateEnGb } from "@pb/calendar";
import { STREAM_LABELS, WHAT_IF_EXAMPLE_LIMIT, type ChangedLine } from "@pb/reports";
import { formatMoney } from "~/components/money";
import { describeService, OUTCOME_LABELS, REASON_LABELS, type RowSelection } from "./labels";

function matches(line: ChangedLine, selection: RowSelection): boolean {
  return (!selection.from || line.from === selection.from) && (!selection.to || line.to === selection.to) && (!selection.stream || line.stream === selection.stream);
}

/** The lines behind a bar or a row: no child's name or date of birth, only the request and what would change. */
export function WhatIfRows({ examples, selection, onClear }: { examples: ChangedLine[]; selection: RowSelection | null; onClear: () => void }) {
  const rows = selection ? examples.filter((line) => matches(line, selection)) : examples;
  return (
    <section aria-labelledby="rows-heading">
      <h2 id="rows-heading" tabIndex={-1}>
        Lines that would change{selection ? `, ${selection.label}` : ""}
      </h2>
      <p>
        The first {WHAT_IF_EXAMPLE_LIMIT.toLocaleString("en-GB")} changed lines of the period are kept for reading here.{" "}
        {selection && (
          <button type="button" className="button secondary" onClick={onClear}>
            Show every kept line
          </button>
        )}
      </p>
      {rows.length === 0 ? (
        <p>No line here would change.</p>
      ) : (
        <table>
          <caption>
            {rows.length.toLocaleString("en-GB")} lines{selection ? ` ${selection.label}` : ""}
          </caption>
          <thead>
            <tr>
              <th scope="col">Request</th>
              <th scope="col">Checked on</th>
              <th scope="col">Stream</th>
              <th scope="col">Service</th>
              <th scope="col">Recorded</th>
              <th scope="col">Under the policy tried</th>
              <th scope="col">Reasons it would gain</th>
              <th scope="col" className="num">Approved a year</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((line) => (
              <tr key={`${line.requestId}-${line.lineNo}`}>
                <th scope="row">
                  <code>{line.requestId.slice(0, 8)}</code> line {line.lineNo}
                </th>
                <td>{formatIsoDateEnGb(line.checkedOn)}</td>
                <td>{STREAM_LABELS[line.stream]}</td>
                <td>{describeService(line.service)}</td>
                <td>{OUTCOME_LABELS[line.from]}</td>
                <td>{OUTCOME_LABELS[line.to]}</td>
                <td>{line.gained.map((code) => REASON_LABELS[code] ?? code).join("; ") || "None"}</td>
                <td className="num">{line.approvedPence === null ? "Not approved" : formatMoney(line.approvedPence)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
