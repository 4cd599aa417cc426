import { z } from "zod";
import { FinanceFileError } from "./csv-error";

export const PAYMENT_FILE_FIELDS = [
  "reference", "pay_on", "amount", "payee_reference", "card_reference", "child_reference", "stream", "arrangement",
  "service", "due_on", "gross_amount", "deduction", "cost_centre", "account_code", "run_number",
] as const;
export const PaymentFileField = z.enum(PAYMENT_FILE_FIELDS);
export type PaymentFileField = z.infer<typeof PaymentFileField>;

export const DATE_FORMATS = ["YYYY-MM-DD", "DD/MM/YYYY", "DD-MM-YYYY", "YYYYMMDD", "DDMMYYYY"] as const;
export const DateFormat = z.enum(DATE_FORMATS);
export type DateFormat = z.infer<typeof DateFormat>;

const code = z.string().trim().min(1, "must not be empty").max(40, "must be at most 40 characters").regex(/^[A-Za-z0-9 ._/-]+$/, "may hold only letters, digits, spaces and . _ / -");
const StreamCodes = z.strictObject({ education: code.optional(), health: code.optional(), social_care: code.optional(), transport: code.optional() });

/** How the council's finance system wants a payment file; a prepaid card load file is one such layout. */
export const PaymentFileLayout = z
  .strictObject({
    name: z.string().trim().min(1, "must not be empty").max(80, "must be at most 80 characters"),
    /** Which payments the file carries: prepaid card loads, bank transfers, or every payment. */
    paymentMethod: z.enum(["any", "bank_transfer", "prepaid_card"]),
    columns: z
      .array(z.strictObject({ field: PaymentFileField, header: z.string().trim().min(1, "must not be empty").max(60, "must be at most 60 characters") }))
      .min(2, "needs at least two columns")
      .max(30, "may have at most 30 columns"),
    dateFormat: DateFormat,
    amountFormat: z.enum(["pounds", "pence"]),
    includeHeader: z.boolean(),
    /** The first cell of the last row, which carries the control total in the amount column. */
    controlLabel: z.string().trim().min(1, "must not be empty").max(30, "must be at most 30 characters"),
    costCentres: StreamCodes,
    accountCodes: StreamCodes,
  })
  .superRefine((layout, ctx) => {
    const amountAt = layout.columns.findIndex((c) => c.field === "amount");
    if (amountAt < 0) ctx.addIssue({ code: "custom", path: ["columns"], message: "must include the amount column" });
    if (amountAt === 0) ctx.addIssue({ code: "custom", path: ["columns", 0, "field"], message: "the amount cannot be the first column: the control row puts its label there" });
    const seen = new Set<string>();
    layout.columns.forEach((c, i) => {
      if (seen.has(c.field)) ctx.addIssue({ code: "custom", path: ["columns", i, "field"], message: `${c.field} appears twice` });
      seen.add(c.field);
    });
  });
export type PaymentFileLayout = z.infer<typeof PaymentFileLayout>;

/** One payment as the file sees it. Money is pence; the layout decides how it is written. */
export type PaymentFileRow = {
  reference: string;
  payOn: string;
  netPence: number;
  grossPence: number;
  deductionPence: number;
  payeeReference: string | null;
  cardReference: string | null;
  childReference: string;
  stream: string;
  arrangement: string;
  service: string;
  dueOn: string;
  runNumber: number;
  paymentMethod: "bank_transfer" | "prepaid_card";
};

export type FileCell = string | number;

export function formatFileDate(iso: string, format: DateFormat): string {
  const [y = "", m = "", d = ""] = iso.split("-");
  switch (format) {
    case "YYYY-MM-DD":
      return iso;
    case "DD/MM/YYYY":
      return `${d}/${m}/${y}`;
    case "DD-MM-YYYY":
      return `${d}-${m}-${y}`;
    case "YYYYMMDD":
      return `${y}${m}${d}`;
    case "DDMMYYYY":
      return `${d}${m}${y}`;
  }
}

/** Pence as "1234.50" (exact, from the digits) or as whole pence. */
export function formatFileAmount(pence: number, format: "pounds" | "pence"): FileCell {
  if (format === "pence") return pence;
  const sign = pence < 0 ? "-" : "";
  const abs = Math.abs(pence);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, "0")}`;
}

function cellFor(field: PaymentFileField, row: PaymentFileRow, layout: PaymentFileLayout): FileCell {
  const codeFor = (codes: PaymentFileLayout["costCentres"], what: string) => {
    const value = codes[row.stream as keyof typeof codes];
    if (!value) throw new FinanceFileError("layout", `has no ${what} for the ${row.stream.replace("_", " ")} stream; the administrator sets one in the payment file layout`);
    return value;
  };
  switch (field) {
    case "reference": return row.reference;
    case "pay_on": return formatFileDate(row.payOn, layout.dateFormat);
    case "due_on": return formatFileDate(row.dueOn, layout.dateFormat);
    case "amount": return formatFileAmount(row.netPence, layout.amountFormat);
    case "gross_amount": return formatFileAmount(row.grossPence, layout.amountFormat);
    case "deduction": return formatFileAmount(row.deductionPence, layout.amountFormat);
    case "payee_reference": return row.payeeReference ?? "";
    case "card_reference": return row.cardReference ?? "";
    case "child_reference": return row.childReference;
    case "stream": return row.stream;
    case "arrangement": return row.arrangement;
    case "service": return row.service;
    case "cost_centre": return codeFor(layout.costCentres, "cost centre");
    case "account_code": return codeFor(layout.accountCodes, "account code");
    case "run_number": return row.runNumber;
  }
}

/** Whether a payment belongs in a file of this layout. */
export function isInLayout(layout: Pick<PaymentFileLayout, "paymentMethod">, row: Pick<PaymentFileRow, "paymentMethod">): boolean {
  return layout.paymentMethod === "any" || layout.paymentMethod === row.paymentMethod;
}

/**
 * The file's rows in the layout's columns and order: an optional header, one row per payment, and a
 * control row whose amount cell is the total of the amounts above (and the count in the first free column).
 * Rows of other payment methods are left out. Writing the CSV (with formula neutralising) is the caller's.
 */
export function renderPaymentFile(layout: PaymentFileLayout, rows: readonly PaymentFileRow[]): { header: string[] | null; rows: FileCell[][]; count: number; totalPence: number } {
  const chosen = rows.filter((r) => isInLayout(layout, r));
  const body = chosen.map((r) => layout.columns.map((c) => cellFor(c.field, r, layout)));
  const totalPence = chosen.reduce((s, r) => s + r.netPence, 0);
  const control: FileCell[] = layout.columns.map(() => "");
  control[0] = layout.controlLabel;
  const amountAt = layout.columns.findIndex((c) => c.field === "amount");
  control[amountAt] = formatFileAmount(totalPence, layout.amountFormat);
  const countAt = control.findIndex((cell, i) => i > 0 && i !== amountAt && cell === "");
  if (countAt > 0) control[countAt] = chosen.length;
  return { header: layout.includeHeader ? layout.columns.map((c) => c.header) : null, rows: [...body, control], count: chosen.length, totalPence };
}

/** A layout a council can start from: a bank transfer file with a header, pounds and UK dates. */
export const DEFAULT_BANK_LAYOUT: PaymentFileLayout = {
  name: "Bank transfers (finance system import)",
  paymentMethod: "bank_transfer",
  columns: [
    { field: "reference", header: "Payment reference" },
    { field: "payee_reference", header: "Payee" },
    { field: "pay_on", header: "Pay on" },
    { field: "amount", header: "Amount" },
    { field: "cost_centre", header: "Cost centre" },
    { field: "account_code", header: "Account code" },
    { field: "stream", header: "Stream" },
  ],
  dateFormat: "DD/MM/YYYY",
  amountFormat: "pounds",
  includeHeader: true,
  controlLabel: "CONTROL TOTAL",
  costCentres: { education: "ED100", health: "HL200", social_care: "SC300", transport: "TR400" },
  accountCodes: { education: "5100", health: "5200", social_care: "5300", transport: "5400" },
};

/** Portsmouth pays some direct payments onto prepaid cards (001): the card provider's load file. */
export const DEFAULT_PREPAID_CARD_LAYOUT: PaymentFileLayout = {
  name: "Prepaid card loads",
  paymentMethod: "prepaid_card",
  columns: [
    { field: "card_reference", header: "Card account" },
    { field: "amount", header: "Load amount" },
    { field: "pay_on", header: "Load date" },
    { field: "reference", header: "Reference" },
  ],
  dateFormat: "YYYYMMDD",
  amountFormat: "pence",
  includeHeader: true,
  controlLabel: "TOTAL",
  costCentres: {},
  accountCodes: {},
};
