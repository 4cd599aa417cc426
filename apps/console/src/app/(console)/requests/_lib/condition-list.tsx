import { formatDate } from "./words";
import { CONDITION_STATUS_LABELS, type ConditionView } from "./condition-draft";
import { ConfirmConditionForm } from "./confirm-condition-form";

type Props = { conditions: readonly ConditionView[]; canConfirm: boolean; today: string; context: string; headingLevel?: "h3" | "h4" };

/** Each recorded condition of an approval and its state, with a form to confirm a pending one. */
export function ConditionList({ conditions, canConfirm, today, context, headingLevel = "h3" }: Props) {
  const recorded = conditions.filter((c): c is ConditionView & { id: string; version: number } => c.id !== null && c.version !== null);
  if (recorded.length === 0) return null;
  const Heading = headingLevel;
  const waiting = recorded.some((c) => c.status !== "confirmed");
  return (
    <>
      <Heading>Conditions of the approval</Heading>
      {waiting && <p className="lede">Nothing of this line is paid until every condition is confirmed.</p>}
      <ul>
        {recorded.map((c) => (
          <li key={c.id}>
            <strong>{c.label}</strong>: {CONDITION_STATUS_LABELS[c.status]}
            {c.status !== "pending" && (
              <>
                {" "}
                on {formatDate(c.confirmedOn)} by {c.confirmedBy}
                {c.recordedBy ? ` (recorded by ${c.recordedBy})` : ""}. {c.what} <span className="source">Evidence: {c.evidence}</span>
              </>
            )}
            {c.status === "not_met" && <> The panel must decide the line again.</>}
            {c.status === "pending" && canConfirm && <ConfirmConditionForm condition={c} today={today} context={context} />}
          </li>
        ))}
      </ul>
    </>
  );
}
