import { usageError } from "../io";

export async function run(_args: string[]): Promise<number> {
  return usageError("check is not available yet");
}
