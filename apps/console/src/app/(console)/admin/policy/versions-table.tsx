import Link from "next/link";
import { describeStatus, formatDate, formatTimestamp } from "./_lib/format";
import type { VersionSummary } from "./_lib/types";

/** The council's versions, newest first: status, effective date, change note and who published. */
export function VersionsTable({ versions, inForceId, today }: { versions: VersionSummary[]; inForceId: string | null; today: string }) {
  return (
    <table aria-labelledby="history-heading">
      <thead>
        <tr>
          <th scope="col">Version</th>
          <th scope="col">Status</th>
          <th scope="col">Effective from</th>
          <th scope="col">What changed</th>
          <th scope="col">Published by</th>
          <th scope="col">
            <span className="visually-hidden">Actions</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {versions.map((v, i) => {
          const previous = versions.slice(i + 1).find((p) => p.status === "published");
          return (
            <tr key={v.id}>
              <th scope="row">
                <Link href={`/admin/policy/versions/${v.id}`}>Version {v.versionNumber}</Link>
              </th>
              <td>{v.id === inForceId ? <strong>In force</strong> : describeStatus(v, inForceId, today)}</td>
              <td>{formatDate(v.effectiveFrom)}</td>
              <td>{v.changeNote || "—"}</td>
              <td>{v.status === "published" ? `${v.publishedBy ?? "Unknown"}, ${formatTimestamp(v.publishedAt)}` : "Not published"}</td>
              <td>
                {previous && (
                  <Link href={`/admin/policy/diff?from=${previous.id}&to=${v.id}`}>
                    Compare with version {previous.versionNumber}
                    <span className="visually-hidden"> (version {v.versionNumber})</span>
                  </Link>
                )}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
