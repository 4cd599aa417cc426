import { usageError } from "../io";

export async function run(_args: string[]): Promise<number> {
  return usageError("seed is not available yet");
}
