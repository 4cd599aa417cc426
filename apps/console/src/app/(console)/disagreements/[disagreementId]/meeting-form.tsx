"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { useTRPC } from "~/trpc/client";
import { FieldError } from "~/components/form-fields";
import { listProblems } from "~/app/(console)/requests/_lib/problems";
import { formatDate } from "~/app/(console)/requests/_lib/words";

/** The meeting with a decision maker (T7): a date already held or one arranged. */
export function MeetingForm({ disagreementId, version, meetingOn, today }: { disagreementId: string; version: number; meetingOn: string | null; today: string }) {
  const trpc = useTRPC();
  const router = useRouter();
  const [on, setOn] = useState(meetingOn ?? today);
  const save = useMutation(trpc.disagreements.recordMeeting.mutationOptions({ onSuccess: () => router.refresh() }));
  const problem = listProblems(save.error)[0]?.message;
  function submit(event: FormEvent) {
    event.preventDefault();
    save.mutate({ disagreementId, version, meetingOn: on });
  }
  return (
    <form className="case-form" onSubmit={submit} noValidate aria-labelledby="meeting-heading">
      <h2 id="meeting-heading">Meeting with a decision maker</h2>
      <p>{meetingOn ? `The meeting is recorded for ${formatDate(meetingOn)}.` : "No meeting recorded yet."}</p>
      <label htmlFor="meetingOn">Date of the meeting</label>
      <FieldError id="meetingOn" message={problem} />
      <input id="meetingOn" type="date" value={on} onChange={(e) => setOn(e.target.value)} aria-describedby={problem ? "meetingOn-error" : undefined} />{" "}
      <button type="submit" className="button secondary" disabled={save.isPending}>
        Record the meeting date
      </button>
    </form>
  );
}
