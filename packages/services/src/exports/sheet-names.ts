/** Excel's limit on a sheet's name. */
export const SHEET_NAME_LIMIT = 31;

// A name cut short should not end on a word that links to what was cut ("Spend on direct payments by").
const DANGLING_WORD = /\s+(a|an|and|as|at|by|for|from|in|into|of|on|or|per|the|to|with)$/i;
const DANGLING_MARK = /[\s,;:.\-–—(&]+$/;

/** Text cut to at most `limit` characters at the end of a word, never mid-word (unless a single word is longer), with no dangling "by" or comma. */
export function cutAtWord(text: string, limit: number): string {
  if (text.length <= limit) return text;
  const space = text.slice(0, limit + 1).lastIndexOf(" ");
  let cut = space > 0 ? text.slice(0, space) : text.slice(0, limit);
  for (let tidier = cut; ; cut = tidier) {
    tidier = cut.replace(DANGLING_MARK, "").replace(DANGLING_WORD, "");
    if (tidier === cut || tidier === "") break;
  }
  return cut;
}

/**
 * Sheet names: at most 31 characters, cut at a word, none of []:*?/\ (nor a leading or trailing
 * apostrophe, which Excel refuses), and each different from the others ignoring case; a repeat
 * gets " 2", " 3"…, its name cut further at a word to make room.
 */
export function nameSheets(titles: readonly string[]): string[] {
  const used = new Set<string>();
  return titles.map((title) => {
    const clean = title.replace(/[[\]:*?/\\]/g, " ").replace(/\s+/g, " ").replace(/^'+|'+$/g, "").trim() || "Sheet";
    let name = cutAtWord(clean, SHEET_NAME_LIMIT);
    for (let n = 2; used.has(name.toLowerCase()); n++) name = `${cutAtWord(clean, SHEET_NAME_LIMIT - String(n).length - 1)} ${n}`;
    used.add(name.toLowerCase());
    return name;
  });
}
