import { describe, expect, it } from "vitest";
import { DEFAULT_QUERY, listHref, readListQuery, sortHref, toListInput } from "./list-query";

const full = { names: true, dateOfBirth: true };

describe("the list's state in the URL", () => {
  it("reads every filter, the sort and the page", () => {
    const query = readListQuery({ search: "1", planType: "ehcp", planStatus: "final", budget: "yes", stream: "health", age: "5-10", reviewBefore: "2026-12-31", sort: "age", dir: "desc", page: "3", size: "50" }, full, " DC10 ");
    expect(query).toEqual({ q: "DC10", planType: "ehcp", planStatus: "final", budget: "yes", stream: "health", age: "5-10", reviewBefore: "2026-12-31", sort: "age", dir: "desc", page: 3, size: 50 });
    expect(toListInput(query)).toEqual({ search: "DC10", planType: "ehcp", planStatus: "final", hasActiveBudget: true, stream: "health", ageBand: "5-10", reviewDueBefore: "2026-12-31", sort: "age", direction: "desc", page: 3, pageSize: 50 });
  });

  it("takes the search text from the cookie, never from the URL, and writes only search=1 in links", () => {
    expect(readListQuery({ q: "Kowalski" }, full, "").q).toBe("");
    expect(readListQuery({ q: "Kowalski", search: "1" }, full, "").q).toBe("");
    expect(readListQuery({ search: "1" }, full, "Kowalski").q).toBe("Kowalski");
    expect(readListQuery({}, full, "Kowalski").q).toBe("");
    const searched = readListQuery({ search: "1", sort: "name" }, full, "Kowalski");
    expect(listHref(searched, { page: 2 })).toBe("/cases?search=1&sort=name&page=2");
    expect(sortHref(searched, "age")).not.toContain("Kowalski");
  });

  it("ignores values it does not know rather than failing", () => {
    expect(readListQuery({ planType: "plan", budget: "maybe", age: "4-9", reviewBefore: "2026-02-30", sort: "dob", dir: "up", page: "-2", size: "7" }, full)).toEqual(DEFAULT_QUERY);
    expect(readListQuery({ page: ["2", "5"] }, full).page).toBe(2);
  });

  it("falls back to sorting by reference when the role cannot see names or ages", () => {
    expect(readListQuery({ sort: "name" }, { names: false, dateOfBirth: false }).sort).toBe("reference");
    expect(readListQuery({ sort: "age" }, { names: true, dateOfBirth: false }).sort).toBe("reference");
    expect(readListQuery({ sort: "nextReview" }, { names: false, dateOfBirth: false }).sort).toBe("nextReview");
  });

  it("writes links with only what differs from the defaults, and flips a column's direction", () => {
    expect(listHref(DEFAULT_QUERY)).toBe("/cases");
    const query = { ...DEFAULT_QUERY, planType: "ehcp", page: 4 };
    expect(listHref(query, { page: 5 })).toBe("/cases?planType=ehcp&page=5");
    expect(sortHref(query, "reference")).toBe("/cases?planType=ehcp&dir=desc");
    expect(sortHref({ ...query, dir: "desc" }, "reference")).toBe("/cases?planType=ehcp");
    expect(sortHref(query, "nextReview")).toBe("/cases?planType=ehcp&sort=nextReview");
  });
});
