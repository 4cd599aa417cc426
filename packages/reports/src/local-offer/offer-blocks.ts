import type { Statement } from "@pb/eligibility";
import type { OfferBlock } from "./local-offer-types";

export const paragraph = (key: string, text: string): OfferBlock => ({ key, kind: "paragraph", text });
export const item = (key: string, text: string): OfferBlock => ({ key, kind: "item", text });
export const subheading = (key: string, text: string): OfferBlock => ({ key, kind: "subheading", text });

/** A statement the council's policy makes in its own words, as a paragraph, when it makes one. */
export function statementBlock(key: string, statement: Statement | undefined): OfferBlock[] {
  return statement ? [paragraph(key, statement.text)] : [];
}

/** "1 reminder", "3 reminders". */
export function countOf(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** "a, b and c": everything listed holds. */
export function joinAll(items: readonly string[]): string {
  return items.length <= 1 ? items.join("") : `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}
