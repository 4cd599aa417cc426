import { describe, expect, it } from "vitest";
import { clientAddress, UNKNOWN_ADDRESS } from "./client-address";

describe("the client address used to throttle sign-in", () => {
  it("ignores X-Forwarded-For unless the console is told it stands behind proxies", () => {
    expect(clientAddress({ "x-forwarded-for": "203.0.113.9" }, 0)).toBe(UNKNOWN_ADDRESS);
  });
  it("takes the address the outermost trusted proxy saw, not one the client wrote before it", () => {
    expect(clientAddress({ "x-forwarded-for": "1.2.3.4, 203.0.113.9" }, 1)).toBe("203.0.113.9");
    expect(clientAddress({ "x-forwarded-for": "1.2.3.4, 203.0.113.9, 10.0.0.2" }, 2)).toBe("203.0.113.9");
  });
  it("refuses anything that is not an address", () => {
    expect(clientAddress({ "x-forwarded-for": "not-an-ip" }, 1)).toBe(UNKNOWN_ADDRESS);
    expect(clientAddress({}, 1)).toBe(UNKNOWN_ADDRESS);
    expect(clientAddress({ "x-forwarded-for": "203.0.113.9" }, 3)).toBe(UNKNOWN_ADDRESS);
    expect(clientAddress({ "x-forwarded-for": "2001:DB8::1" }, 1)).toBe("2001:db8::1");
  });
});
