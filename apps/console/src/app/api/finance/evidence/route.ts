import { EVIDENCE_MAX_BYTES } from "@pb/budgets";
import { getServerCaller } from "~/server/caller";
import { fileFrom, readLimitedForm, respondWithError, textOf } from "../respond";

/** An evidence file for a return: the size limit is enforced before the body is all read; its type is judged by its bytes. */
export async function POST(request: Request) {
  const form = await readLimitedForm(request, EVIDENCE_MAX_BYTES + 64 * 1024);
  if (form instanceof Response) return form;
  const file = await fileFrom(form);
  if (file instanceof Response) return file;
  try {
    const caller = await getServerCaller();
    const stored = await caller.financeReturns.addEvidence({ returnId: textOf(form, "returnId"), fileName: file.name.slice(0, 200), fileBase64: file.base64 });
    return Response.json(stored);
  } catch (error) {
    return respondWithError(error, "evidence upload");
  }
}
