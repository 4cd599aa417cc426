import type { Metadata } from "next";
import { DATE_FORMATS, PAYMENT_FILE_FIELDS } from "@pb/budgets";
import { loadAsUser } from "~/server/load-as-user";
import { LayoutForm } from "./layout-form";

export const metadata: Metadata = { title: "Payment file layouts" };

export default async function LayoutsPage() {
  const loaded = await loadAsUser((caller) => caller.financeLayouts.list());
  const layouts = loaded;
  const own = layouts.filter((l) => !l.builtIn);
  return (
    <>
      <h1>Payment file layouts</h1>
      <p className="lede">How your finance system wants a payment file: which columns, in what order, the date format, and a cost centre and account code per stream. Every file ends with a control row whose amount is the total. A prepaid card load file is one such layout.</p>
      <table>
        <caption>Layouts finance officers can download</caption>
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Payments</th>
            <th scope="col">Columns</th>
            <th scope="col">Dates</th>
            <th scope="col">Amounts</th>
          </tr>
        </thead>
        <tbody>
          {layouts.map((l) => (
            <tr key={l.id}>
              <th scope="row">
                {l.layout.name}
                {l.builtIn ? " (standard)" : ""}
              </th>
              <td>{l.layout.paymentMethod === "any" ? "All" : l.layout.paymentMethod === "prepaid_card" ? "Prepaid card loads" : "Bank transfers"}</td>
              <td>{l.layout.columns.map((c) => c.header).join(", ")}</td>
              <td>{l.layout.dateFormat}</td>
              <td>{l.layout.amountFormat}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {own.map((l) => (
        <details key={l.id}>
          <summary>Change {l.layout.name}</summary>
          <LayoutForm id={l.id} version={l.version} initial={l.layout} fields={[...PAYMENT_FILE_FIELDS]} dateFormats={[...DATE_FORMATS]} />
        </details>
      ))}
      <h2>Add a layout</h2>
      <LayoutForm initial={layouts[0]?.layout ?? null} fields={[...PAYMENT_FILE_FIELDS]} dateFormats={[...DATE_FORMATS]} />
    </>
  );
}
