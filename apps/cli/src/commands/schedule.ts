import { usageError } from "../io";

export async function run(_args: string[]): Promise<number> {
  return usageError("schedule is not available yet");
}
