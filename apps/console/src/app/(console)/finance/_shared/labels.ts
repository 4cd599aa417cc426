export const STREAM_WORDS: Record<string, string> = { education: "Education", health: "Health", social_care: "Social care", transport: "Transport" };
export const ARRANGEMENT_WORDS: Record<string, string> = { direct_payment: "Direct payment", organised: "Organised", third_party: "Third party" };
export const ENTRY_WORDS: Record<string, string> = { payment_in: "Payment in", spending: "Spending reported", recovery: "Recovered", reversal: "Reversal" };
export const RETURN_STATE_WORDS: Record<string, string> = { not_due: "Not due yet", due: "Due", late: "Late", overdue: "Overdue: escalate", received: "Received" };
export const OUTCOME_WORDS: Record<string, string> = { preview: "To be paid", pending: "Sent, awaiting remittance", paid: "Paid", failed: "Failed" };
export const METHOD_WORDS: Record<string, string> = { offset: "From future payments", invoice: "By invoice", none: "Nothing recovered" };
export const words = (map: Record<string, string>, key: string) => map[key] ?? key.replaceAll("_", " ");
