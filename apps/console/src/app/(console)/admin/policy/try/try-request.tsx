"use client";

import { type PolicyVocabulary } from "@pb/eligibility";
import { useMutation } from "@tanstack/react-query";
import { useRef, useState, type FormEvent } from "react";

import { useTRPC } from "~/trpc/client";
import { ErrorSummary } from "../_editor/error-summary";
import { readError, type FieldErrors } from "../_lib/read-errors";
import { buildRequest } from "./build-request";
import { ChildFields } from "./child-fields";
import { RequestFields } from "./request-fields";
import { initialState, type TryFormState } from "./try-form-state";
import { TryResults } from "./try-results";

/** The "try a request" panel: the form, then both outcomes side by side. */
export function TryRequest({ vocabulary, today }: { vocabulary: PolicyVocabulary; today: string }) {
  const trpc = useTRPC();
  const summary = useRef<HTMLDivElement>(null);
  const results = useRef<HTMLHeadingElement>(null);
  const [state, setState] = useState(() => initialState(today, vocabulary));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState<string | null>(null);
  const tryIt = useMutation(
    trpc.policy.tryRequest.mutationOptions({
      onSuccess: () => {
        setErrors({});
        setMessage(null);
        setTimeout(() => results.current?.focus(), 0);
      },
      onError: (error) => {
        const read = readError(error);
        setErrors(read.fieldErrors);
        setMessage(read.message);
        setTimeout(() => summary.current?.focus(), 0);
      },
    }),
  );
  const set = (change: Partial<TryFormState>) => setState((s) => ({ ...s, ...change }));

  function submit(event: FormEvent) {
    event.preventDefault();
    tryIt.mutate({ request: buildRequest(state) });
  }

  const props = { state, set, errors, vocabulary };
  return (
    <>
      <form onSubmit={submit} noValidate aria-label="A request to try">
        <ErrorSummary ref={summary} errors={errors} message={Object.keys(errors).length === 0 ? message : null} />
        <RequestFields {...props} />
        <ChildFields {...props} />
        <button className="button" type="submit" disabled={tryIt.isPending}>
          {tryIt.isPending ? "Checking…" : "Check the request"}
        </button>
      </form>
      {tryIt.data && !tryIt.isError && <TryResults result={tryIt.data} headingRef={results} />}
    </>
  );
}
