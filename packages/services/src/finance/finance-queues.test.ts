import { describe, expect, it } from "vitest";
import { describeReminders } from "./finance-queues";

describe("a return's reminders in words", () => {
  it("counts reminders against the policy's number before escalation, and never reads '3 of 2'", () => {
    expect(describeReminders(0, 2)).toBe("no reminder sent yet (escalated after 2)");
    expect(describeReminders(1, 2)).toBe("1 of 2 reminders sent");
    expect(describeReminders(2, 2)).toBe("2 of 2 reminders sent");
    expect(describeReminders(3, 2)).toBe("3 reminders sent (escalated after 2)");
    expect(describeReminders(1, 1)).toBe("1 of 1 reminder sent");
  });
});
