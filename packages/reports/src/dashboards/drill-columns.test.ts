import { describe, expect, it } from "vitest";
import { describeDrillCode, describeDrillColumn, describeDrillLines, isDrillCodeColumn } from "./drill-columns";

describe("the drill-down's columns", () => {
  it("gives codes their words from the lists the dashboards use, and reads an unknown code aloud", () => {
    expect(describeDrillCode("stream", "social_care")).toBe("Social care");
    expect(describeDrillCode("arrangement", "organised")).toBe("Organised by the council");
    expect(describeDrillCode("status", "paid")).toBe("Paid");
    expect(describeDrillCode("reasonCode", "moved_out_of_area")).toBe("Moved out of the area");
    expect(describeDrillCode("reasonCode", "SERVICE_EXCLUDED")).toBe("The service is not one a personal budget can pay for");
    expect(describeDrillCode("service", "eotas_package")).toBe("EOTAS package");
    expect(isDrillCodeColumn("childReference")).toBe(false);
  });

  it("writes a budget's lines in words", () => {
    expect(describeDrillLines("education: eotas_package (direct_payment); social_care: personal_assistant (third_party)")).toBe(
      "Education: EOTAS package (Direct payment); Social care: Personal assistant (Held by a third party)",
    );
    expect(describeDrillLines("something else")).toBe("something else");
  });

  it("knows each column's kind from its key, and puts words beside codes", () => {
    expect(describeDrillColumn("amountPence", "pence")).toMatchObject({ kind: "pence", label: "Amount" });
    expect(describeDrillColumn("value", "count")).toMatchObject({ kind: "count", label: "Counts for" });
    expect(describeDrillColumn("dueOn", "pence")).toMatchObject({ kind: "date", label: "Due" });
    expect(describeDrillColumn("childReference", "pence")).toEqual({ key: "childReference", label: "Child", kind: "text" });
    expect(describeDrillColumn("stream", "pence").words?.("health")).toBe("Health");
  });
});
