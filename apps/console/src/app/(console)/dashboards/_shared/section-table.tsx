import { formatDashboardValue, isFigureKind, isSuppressed, type DashboardTable, type DrillTarget, type ExportRow } from "@pb/reports";

type Drills = Partial<Record<string, DrillTarget>> | undefined;

function Row({ table, row, drills, hrefOf }: { table: DashboardTable; row: ExportRow; drills: Drills; hrefOf: (t: DrillTarget) => string }) {
  const first = table.columns[0];
  const label = first ? formatDashboardValue(first.kind, row[first.key]) : "";
  return (
    <tr>
      {table.columns.map((column, i) => {
        const value = row[column.key];
        const text = formatDashboardValue(column.kind, value);
        if (i === 0) return <th key={column.key} scope="row">{text}</th>;
        const target = drills?.[column.key];
        const content =
          target && typeof value === "number" && !isSuppressed(value) ? (
            <a href={hrefOf(target)}>
              {text}
              <span className="visually-hidden">
                {" "}
                ({column.label}, {label}: show the rows)
              </span>
            </a>
          ) : (
            text
          );
        return (
          <td key={column.key} className={isFigureKind(column.kind) ? "num" : undefined}>
            {content}
          </td>
        );
      })}
    </tr>
  );
}

/** A section's table: every figure of the chart, each one a link to the rows behind it. */
export function SectionTable({ table, hrefOf }: { table: DashboardTable; hrefOf: (t: DrillTarget) => string }) {
  return (
    <>
      <table id={`table-${table.id}`}>
        <caption>{table.title}</caption>
        <thead>
          <tr>
            {table.columns.map((c) => (
              <th key={c.key} scope="col" className={isFigureKind(c.kind) ? "num" : undefined}>
                {c.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row, r) => (
            <Row key={r} table={table} row={row} drills={table.drills?.[r]} hrefOf={hrefOf} />
          ))}
        </tbody>
        {table.totalRow && (
          <tfoot>
            <Row table={table} row={table.totalRow} drills={table.totalDrills} hrefOf={hrefOf} />
          </tfoot>
        )}
      </table>
      {table.note && <p className="lede">{table.note}</p>}
    </>
  );
}
