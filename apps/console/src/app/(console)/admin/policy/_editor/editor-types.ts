
import { type PolicyVocabulary } from "@pb/eligibility";
import type { FieldErrors } from "../_lib/read-errors";
import type { PolicyDocument } from "../_lib/types";
import type { Edit } from "./edit-document";

/** What every form group gets: the document, the API's field errors, the codes and words, and a way to change it. */
export type GroupProps = {
  doc: PolicyDocument;
  errors: FieldErrors;
  vocabulary: PolicyVocabulary;
  edit: (...edits: Edit[]) => void;
};
