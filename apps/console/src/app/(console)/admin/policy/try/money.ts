/** "1,200.50" or "£1200.5" as whole pence, exactly; anything else is passed on as typed, for the API to name. */
export function readPounds(text: string): unknown {
  const match = /^\s*£?\s*(\d{1,3}(?:,\d{3})*|\d+)(?:\.(\d{1,2}))?\s*$/.exec(text);
  if (!match?.[1]) return text;
  return Number(match[1].replaceAll(",", "")) * 100 + Number((match[2] ?? "").padEnd(2, "0"));
}
