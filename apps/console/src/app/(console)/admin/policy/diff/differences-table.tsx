import type { Comparison } from "../_lib/types";

const CHANGE_WORDS = { added: "Added", removed: "Removed", changed: "Changed" } as const;

/** Each differing setting, in words, with its value in each version side by side. */
export function DifferencesTable({ differences, fromLabel, toLabel }: { differences: Comparison["differences"]; fromLabel: string; toLabel: string }) {
  return (
    <table aria-labelledby="differences-heading">
      <thead>
        <tr>
          <th scope="col">Setting</th>
          <th scope="col">Change</th>
          <th scope="col">{fromLabel}</th>
          <th scope="col">{toLabel}</th>
        </tr>
      </thead>
      <tbody>
        {differences.map((d) => (
          <tr key={d.path}>
            <th scope="row">
              {d.setting}
              <br />
              <code>{d.path}</code>
            </th>
            <td>{CHANGE_WORDS[d.change]}</td>
            <td>{d.before}</td>
            <td>
              <strong>{d.after}</strong>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
