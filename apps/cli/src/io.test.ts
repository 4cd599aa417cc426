import { describe, expect, it } from "vitest";
import { CliUsageError, parseFlags } from "./io";

describe("parseFlags", () => {
  const spec = { values: ["policy", "request"], switches: ["force"] } as const;

  it("reads values, switches and standard input's dash", () => {
    expect(parseFlags(["--policy", "surrey", "--request", "-", "--force"], spec)).toEqual({ policy: "surrey", request: "-", force: "true" });
    expect(parseFlags(["--policy=surrey"], spec)).toEqual({ policy: "surrey" });
  });

  it("refuses an unknown flag, naming it and the flags the command knows", () => {
    expect(() => parseFlags(["--polcy", "surrey"], spec)).toThrow(new CliUsageError("--polcy: unknown flag (flags: --policy, --request, --force)"));
  });

  it("refuses a flag given without its value, and a stray word", () => {
    expect(() => parseFlags(["--policy"], spec)).toThrow(new CliUsageError("--policy: needs a value"));
    expect(() => parseFlags(["surrey"], spec)).toThrow(CliUsageError);
  });
});
