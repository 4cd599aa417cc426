import type { LetterHeading, LetterParagraph, LetterTerm } from "../decision-letter";

// The shape of the letters other than the decision letter (the cessation notice, the outcome of a
// review): a page and a PDF each render it, so the family reads the same words in both.

export type FamilyLetterSection = { heading: string; terms: LetterTerm[]; paragraphs: LetterParagraph[] };

export type FamilyLetter = LetterHeading & {
  sections: FamilyLetterSection[];
  signOff: string[];
};

export const FAMILY_SALUTATION = "Dear parent, carer or young person,";
