"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useTRPC } from "~/trpc/client";
import { ErrorSummary, messageOf } from "../../_shared/error-summary";

export function PaymentDetailsForm(props: { accountId: string; version: number; paymentMethod: "bank_transfer" | "prepaid_card"; payeeReference: string; cardReference: string }) {
  const trpc = useTRPC();
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const save = useMutation(trpc.financeAccounts.saveDetails.mutationOptions());
  return (
    <form
      aria-label="How the family is paid"
      onSubmit={(event) => {
        event.preventDefault();
        const data = new FormData(event.currentTarget);
        setError(null);
        save.mutate(
          { accountId: props.accountId, version: props.version, paymentMethod: data.get("paymentMethod") === "prepaid_card" ? "prepaid_card" : "bank_transfer", payeeReference: String(data.get("payeeReference") ?? ""), cardReference: String(data.get("cardReference") ?? "") },
          { onSuccess: () => router.refresh(), onError: (e) => setError(messageOf(e)) },
        );
      }}
    >
      <ErrorSummary message={error} />
      <div className="filters">
        <div>
          <label htmlFor="payment-method">Paid by</label>
          <select id="payment-method" name="paymentMethod" defaultValue={props.paymentMethod}>
            <option value="bank_transfer">Bank transfer</option>
            <option value="prepaid_card">Prepaid card</option>
          </select>
        </div>
        <div>
          <label htmlFor="payee-reference">Payee reference in the finance system</label>
          <input id="payee-reference" name="payeeReference" defaultValue={props.payeeReference} maxLength={40} />
        </div>
        <div>
          <label htmlFor="card-reference">Prepaid card account reference</label>
          <input id="card-reference" name="cardReference" defaultValue={props.cardReference} maxLength={40} />
        </div>
        <button className="button secondary" type="submit" disabled={save.isPending}>
          Save how the family is paid
        </button>
      </div>
    </form>
  );
}

/** Bank details: masked by default; revealing them is recorded in the audit log. */
export function BankDetailsPanel({ accountId, version, masked }: { accountId: string; version: number; masked: string | null }) {
  const trpc = useTRPC();
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [shown, setShown] = useState<{ accountName: string; sortCode: string; accountNumber: string } | null>(null);
  const reveal = useMutation(trpc.financeAccounts.revealBankDetails.mutationOptions());
  const save = useMutation(trpc.financeAccounts.saveBankDetails.mutationOptions());
  return (
    <section aria-labelledby="bank-heading">
      <h3 id="bank-heading">Bank details</h3>
      <ErrorSummary message={error} />
      <p>
        {masked ? <>Account number {masked}.</> : "No bank details are recorded."}{" "}
        {masked && !shown && (
          <button type="button" className="button secondary" disabled={reveal.isPending} onClick={() => reveal.mutate({ accountId }, { onSuccess: setShown, onError: (e) => setError(messageOf(e)) })}>
            Reveal the bank details (recorded in the audit log)
          </button>
        )}
      </p>
      {shown && (
        <dl>
          <dt>Account name</dt>
          <dd>{shown.accountName}</dd>
          <dt>Sort code</dt>
          <dd>{shown.sortCode}</dd>
          <dt>Account number</dt>
          <dd>{shown.accountNumber}</dd>
        </dl>
      )}
      <form
        aria-label="Change the bank details"
        autoComplete="off"
        onSubmit={(event) => {
          event.preventDefault();
          const form = event.currentTarget;
          const data = new FormData(form);
          setError(null);
          save.mutate(
            { accountId, version, accountName: String(data.get("accountName") ?? ""), sortCode: String(data.get("sortCode") ?? ""), accountNumber: String(data.get("accountNumber") ?? "") },
            { onSuccess: () => { form.reset(); setShown(null); router.refresh(); }, onError: (e) => setError(messageOf(e)) },
          );
        }}
      >
        <div className="filters">
          <div>
            <label htmlFor="bank-name">Name on the account</label>
            <input id="bank-name" name="accountName" required maxLength={70} autoComplete="off" />
          </div>
          <div>
            <label htmlFor="bank-sort-code">Sort code</label>
            <input id="bank-sort-code" name="sortCode" required inputMode="numeric" maxLength={8} autoComplete="off" />
          </div>
          <div>
            <label htmlFor="bank-account-number">Account number</label>
            <input id="bank-account-number" name="accountNumber" required inputMode="numeric" maxLength={8} autoComplete="off" />
          </div>
          <button className="button secondary" type="submit" disabled={save.isPending}>
            Save the bank details
          </button>
        </div>
      </form>
    </section>
  );
}
