"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import type { PaymentFileLayout } from "@pb/budgets";
import { useTRPC } from "~/trpc/client";
import { ErrorSummary, messageOf } from "../_shared/error-summary";

const STREAMS = [["education", "Education"], ["health", "Health"], ["social_care", "Social care"], ["transport", "Transport"]] as const;

/** The administrator's layout: columns as "field, Header" lines, in file order. */
export function LayoutForm({ id, version, initial, fields, dateFormats }: { id?: string; version?: number; initial: PaymentFileLayout | null; fields: string[]; dateFormats: string[] }) {
  const trpc = useTRPC();
  const router = useRouter();
  const uid = useId();
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const save = useMutation(trpc.financeLayouts.save.mutationOptions());
  const f = (name: string) => `${uid}-${name}`;
  return (
    <form
      aria-label={id ? `Change ${initial?.name ?? "layout"}` : "Add a layout"}
      onSubmit={(event) => {
        event.preventDefault();
        const data = new FormData(event.currentTarget);
        const text = (k: string) => String(data.get(k) ?? "").trim();
        const codes = (prefix: string) => Object.fromEntries(STREAMS.flatMap(([s]) => (text(`${prefix}-${s}`) ? [[s, text(`${prefix}-${s}`)]] : [])));
        const columns = text("columns").split(/\r?\n/).filter((l) => l.trim()).map((line) => {
          const [field = "", ...header] = line.split(",");
          return { field: field.trim(), header: header.join(",").trim() };
        });
        setError(null);
        setSaved(false);
        const layout = {
          name: text("name"), paymentMethod: text("paymentMethod"), columns, dateFormat: text("dateFormat"), amountFormat: text("amountFormat"),
          includeHeader: data.get("includeHeader") === "on", controlLabel: text("controlLabel"), costCentres: codes("cc"), accountCodes: codes("ac"),
        };
        save.mutate({ id, version, layout: layout as PaymentFileLayout }, { onSuccess: () => { setSaved(true); router.refresh(); }, onError: (e) => setError(messageOf(e)) });
      }}
    >
      <ErrorSummary message={error} />
      {saved && <p role="status">The layout is saved.</p>}
      <div className="filters">
        <div>
          <label htmlFor={f("name")}>Name</label>
          <input id={f("name")} name="name" required maxLength={80} defaultValue={id ? initial?.name : ""} />
        </div>
        <div>
          <label htmlFor={f("method")}>Payments in the file</label>
          <select id={f("method")} name="paymentMethod" defaultValue={initial?.paymentMethod ?? "bank_transfer"}>
            <option value="bank_transfer">Bank transfers</option>
            <option value="prepaid_card">Prepaid card loads</option>
            <option value="any">All payments</option>
          </select>
        </div>
        <div>
          <label htmlFor={f("date")}>Date format</label>
          <select id={f("date")} name="dateFormat" defaultValue={initial?.dateFormat ?? "DD/MM/YYYY"}>
            {dateFormats.map((d) => (
              <option key={d}>{d}</option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor={f("amount")}>Amounts in</label>
          <select id={f("amount")} name="amountFormat" defaultValue={initial?.amountFormat ?? "pounds"}>
            <option value="pounds">Pounds (123.45)</option>
            <option value="pence">Pence (12345)</option>
          </select>
        </div>
        <div>
          <label htmlFor={f("control")}>Control row label</label>
          <input id={f("control")} name="controlLabel" required maxLength={30} defaultValue={initial?.controlLabel ?? "CONTROL TOTAL"} />
        </div>
        <div>
          <input id={f("header")} name="includeHeader" type="checkbox" defaultChecked={initial?.includeHeader ?? true} />{" "}
          <label htmlFor={f("header")} style={{ display: "inline" }}>
            First row names the columns
          </label>
        </div>
      </div>
      <label htmlFor={f("columns")}>Columns, one a line, in order: field, header</label>
      <p id={f("columns-hint")}>Fields: {fields.join(", ")}.</p>
      <textarea id={f("columns")} name="columns" rows={8} cols={60} aria-describedby={f("columns-hint")} required defaultValue={(initial?.columns ?? []).map((c) => `${c.field}, ${c.header}`).join("\n")} />
      <fieldset>
        <legend>Cost centre and account code per stream</legend>
        <div className="filters">
          {STREAMS.map(([s, label]) => (
            <div key={s}>
              <label htmlFor={f(`cc-${s}`)}>{label} cost centre</label>
              <input id={f(`cc-${s}`)} name={`cc-${s}`} maxLength={40} defaultValue={initial?.costCentres[s] ?? ""} />
              <label htmlFor={f(`ac-${s}`)}>{label} account code</label>
              <input id={f(`ac-${s}`)} name={`ac-${s}`} maxLength={40} defaultValue={initial?.accountCodes[s] ?? ""} />
            </div>
          ))}
        </div>
      </fieldset>
      <p>
        <button className="button" type="submit" disabled={save.isPending}>
          Save the layout
        </button>
      </p>
    </form>
  );
}
