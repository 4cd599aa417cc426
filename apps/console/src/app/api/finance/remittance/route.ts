import { getServerCaller } from "~/server/caller";
import { fileFrom, readLimitedForm, respondWithError, textOf } from "../respond";

const MAX_BYTES = 2 * 1024 * 1024;

/** The finance system's remittance CSV for a run: all of it is applied, or none. */
export async function POST(request: Request) {
  const form = await readLimitedForm(request, MAX_BYTES + 64 * 1024);
  if (form instanceof Response) return form;
  const file = await fileFrom(form);
  if (file instanceof Response) return file;
  try {
    const caller = await getServerCaller();
    const result = await caller.financeRuns.importRemittance({ runId: textOf(form, "runId"), fileBase64: file.base64 });
    return Response.json(result);
  } catch (error) {
    return respondWithError(error, "remittance import");
  }
}
