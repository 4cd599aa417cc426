import { formatCellForDisplay, formatColumnHeader, isFigureKind, isSuppressed, type ExportRow, type ExportTable } from "@pb/reports";

function Cell({ table, row, index }: { table: ExportTable; row: ExportRow; index: number }) {
  const column = table.columns[index];
  if (!column) return null;
  const cell = row[column.key];
  const content = isSuppressed(cell) ? <abbr title="Suppressed: a small number, or a figure that would give one back">c</abbr> : formatCellForDisplay(column, cell);
  return index === 0 ? <th scope="row">{content}</th> : <td className={isFigureKind(column.kind) ? "num" : undefined}>{content}</td>;
}

/** One table of the pack, exactly as the export files hold it, with its note. */
export function PackTable({ table }: { table: ExportTable }) {
  const total = table.totalRow;
  return (
    <>
      <table>
        <caption>{table.title}</caption>
        <thead>
          <tr>
            {table.columns.map((c) => (
              <th key={c.key} scope="col" className={isFigureKind(c.kind) ? "num" : undefined}>
                {formatColumnHeader(c)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row, r) => (
            <tr key={r}>
              {table.columns.map((c, i) => (
                <Cell key={c.key} table={table} row={row} index={i} />
              ))}
            </tr>
          ))}
        </tbody>
        {total && (
          <tfoot>
            <tr>
              {table.columns.map((c, i) => (
                <Cell key={c.key} table={table} row={total} index={i} />
              ))}
            </tr>
          </tfoot>
        )}
      </table>
      {table.note && <p className="lede">{table.note}</p>}
    </>
  );
}
