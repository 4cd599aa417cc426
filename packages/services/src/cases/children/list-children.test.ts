import { describe, expect, it } from "vitest";
import { escapeLike } from "./list-children";

describe("searching the list", () => {
  it("takes LIKE's wildcards and its escape character literally", () => {
    expect(escapeLike("50%_off\\x")).toBe("50\\%\\_off\\\\x");
    expect(escapeLike("DC100123")).toBe("DC100123");
  });
});
