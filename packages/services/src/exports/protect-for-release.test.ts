import { afterEach, describe, expect, it, vi } from "vitest";
import { isSuppressed, type CellRef, type ExportOutput } from "@pb/reports";
import type * as Reports from "@pb/reports";
import { ValidationError } from "../shared/errors";
import { NARROWED_BY_PERIOD, protectForRelease } from "./protect-for-release";

// The release checks are the attacker's; one is made to find a pinned cell, standing for an output
// (a narrow filter's) that the protector could not make safe, to see what the caller is told.
const pinned = vi.hoisted(() => ({ cells: [] as CellRef[] }));
vi.mock("@pb/reports", async (importOriginal) => {
  const actual = await importOriginal<typeof Reports>();
  return { ...actual, findDeterminedCells: (...args: Parameters<typeof actual.findDeterminedCells>) => [...pinned.cells, ...actual.findDeterminedCells(...args)] };
});

const output: ExportOutput = {
  tables: [
    {
      id: "by-service",
      title: "Children by service",
      columns: [
        { key: "service", label: "Service", kind: "text" },
        { key: "children", label: "Children", kind: "count" },
      ],
      rows: [
        { service: "Transport", children: 2 },
        { service: "Therapy", children: 40 },
      ],
    },
  ],
};

afterEach(() => {
  pinned.cells = [];
  vi.restoreAllMocks();
});

describe("protectForRelease", () => {
  it("returns the output protected when every check passes", () => {
    const published = protectForRelease(output, { threshold: 5, method: "suppress" });
    expect(isSuppressed(published.tables[0]?.rows[0]?.children)).toBe(true);
    expect(published.tables[0]?.rows[1]?.children).toBe(40);
  });

  it("refuses an output still unsafe after protection as a validation error naming the filters, not an internal error", () => {
    pinned.cells = [{ table: "by-service", row: 0, column: "children" }];
    const warn = vi.spyOn(console, "warn").mockImplementation(() => undefined);
    const attempt = () => protectForRelease(output, { threshold: 5, method: "suppress" });
    expect(attempt).toThrow(ValidationError);
    expect(attempt).toThrow("filters: The figures for these filters are too few to publish safely; widen the filters");
    expect(warn).toHaveBeenCalledWith(expect.stringContaining("by-service row 0 children"));
  });

  it("names the period where a period, not filters, narrowed the output", () => {
    pinned.cells = [{ table: "by-service", row: 0, column: "children" }];
    vi.spyOn(console, "warn").mockImplementation(() => undefined);
    expect(() => protectForRelease(output, { threshold: 5, method: "suppress" }, NARROWED_BY_PERIOD)).toThrow(
      expect.objectContaining({ field: "period", message: expect.stringContaining("choose a longer period") }),
    );
  });
});
