"use client";

import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useTRPC } from "~/trpc/client";

/** The council's identity settings, and a way to read them again after a save. */
export function useIdentitySettings() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const settings = useQuery(trpc.identity.settings.queryOptions());
  const reload = () => queryClient.invalidateQueries({ queryKey: trpc.identity.settings.queryKey() });
  return { settings, reload };
}

/** A refusal's words for one field: the schema's field error, or a service's "field: message". */
export function fieldMessage(error: { message: string; data?: { fieldErrors?: Record<string, string[]> } | null } | null, field: string): string | undefined {
  if (!error) return undefined;
  return error.data?.fieldErrors?.[field]?.[0] ?? (error.message.startsWith(`${field}: `) ? error.message.slice(field.length + 2) : undefined);
}
