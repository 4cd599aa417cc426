import { describeCode } from "@pb/reports";
import Link from "next/link";
import { ConditionList } from "~/app/(console)/requests/_lib/condition-list";
import { formatDate } from "~/app/(console)/requests/_lib/words";
import type { CaseView } from "../_lib/types";

/** The conditions of the child's approvals, each with its state; a pending one can be confirmed here. */
export function CaseConditions({ view, canConfirm, today }: { view: CaseView; canConfirm: boolean; today: string }) {
  const lines = view.requests.flatMap((r) => r.lines.filter((l) => l.conditions.length > 0 && l.decision?.outcome !== "refused").map((l) => ({ request: r, line: l })));
  if (lines.length === 0) return null;
  return (
    <section aria-labelledby="conditions-heading" className="request-section">
      <h2 id="conditions-heading">Conditions of approvals</h2>
      {lines.map(({ request, line }) => (
        <div key={line.id}>
          <h3>
            <Link href={`/requests/${request.id}#conditions-line-${line.lineNo}`}>
              Line {line.lineNo}: {describeCode(line.service)}, request received {formatDate(request.receivedOn)}
            </Link>
          </h3>
          <ConditionList conditions={line.conditions} canConfirm={canConfirm} today={today} context={`line ${line.lineNo} of the request received ${formatDate(request.receivedOn)}`} headingLevel="h4" />
        </div>
      ))}
    </section>
  );
}
