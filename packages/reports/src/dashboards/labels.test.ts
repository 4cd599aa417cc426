import { describe, expect, it } from "vitest";
import { STREAM_LABELS } from "../spend-by-stream";
import { describeCode, labelOf } from "./labels";

describe("codes in words", () => {
  it("reads a code as words, capitals where staff write them", () => {
    expect(describeCode("short_break_activity")).toBe("Short break activity");
    expect(describeCode("eotas_package")).toBe("EOTAS package");
    expect(describeCode("sla_service")).toBe("SLA service");
    expect(describeCode("gp_or_emergency_care")).toBe("GP or emergency care");
    // A word that only contains an acronym's letters is left alone.
    expect(describeCode("gardening_group")).toBe("Gardening group");
  });

  it("prefers a label to the code's own words", () => {
    expect(labelOf(STREAM_LABELS, "social_care")).toBe(STREAM_LABELS.social_care);
    expect(labelOf(STREAM_LABELS, "council_own_stream")).toBe("Council own stream");
  });
});
