import { getServerCaller } from "~/server/caller";
import { fileFrom, readLimitedForm, respondWithError, textOf } from "../respond";

const MAX_BYTES = 2 * 1024 * 1024;
const MAPPED = ["date", "description", "amount", "paidOut", "paidIn", "balance"] as const;

/** A statement CSV read with the officer's column mapping, to prefill a return; nothing is saved. */
export async function POST(request: Request) {
  const form = await readLimitedForm(request, MAX_BYTES + 64 * 1024);
  if (form instanceof Response) return form;
  const file = await fileFrom(form);
  if (file instanceof Response) return file;
  const mapping: Record<string, string> = {};
  for (const key of MAPPED) {
    const value = textOf(form, key).trim();
    if (value) mapping[key] = value;
  }
  try {
    const caller = await getServerCaller();
    const preview = await caller.financeReturns.previewStatement({ accountId: textOf(form, "accountId"), periodStart: textOf(form, "periodStart"), mapping: mapping as never, fileBase64: file.base64 });
    return Response.json(preview);
  } catch (error) {
    return respondWithError(error, "statement import");
  }
}
