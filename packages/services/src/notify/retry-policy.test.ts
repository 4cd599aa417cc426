import { describe, expect, it } from "vitest";
import { NotifyError } from "./notify-api";
import { FIRST_RETRY_MS, judgeFailure, LONGEST_RETRY_MS, MAX_ATTEMPTS, MessageNotReady, retryDelayMs } from "./retry-policy";

describe("retryDelayMs", () => {
  it("waits a minute after the first failure, then twice as long each time", () => {
    expect([1, 2, 3, 4, 5].map(retryDelayMs)).toEqual([1, 2, 4, 8, 16].map((m) => m * FIRST_RETRY_MS));
  });

  it("never waits more than six hours, however many attempts, and never overflows", () => {
    expect(retryDelayMs(10)).toBe(LONGEST_RETRY_MS);
    expect(retryDelayMs(1_000)).toBe(LONGEST_RETRY_MS);
    for (let n = 1; n < 60; n++) expect(retryDelayMs(n + 1)).toBeGreaterThanOrEqual(retryDelayMs(n));
  });
});

describe("judgeFailure", () => {
  it("tries again when Notify did not answer, answered 5xx or asked us to slow down", () => {
    expect(judgeFailure(new NotifyError("network", null, null), 1)).toEqual({ retry: true, words: "Notify could not be reached" });
    expect(judgeFailure(new NotifyError("http", 503, "ServiceUnavailable"), 1)).toEqual({ retry: true, words: "Notify was unavailable (503)" });
    expect(judgeFailure(new NotifyError("http", 500, "Exception"), 1).retry).toBe(true);
    expect(judgeFailure(new NotifyError("http", 429, "RateLimitError"), 1).retry).toBe(true);
  });

  it("gives up on a refusal (4xx), in words for staff that never quote Notify's message", () => {
    expect(judgeFailure(new NotifyError("http", 400, "ValidationError"), 1)).toEqual({ retry: false, words: expect.stringContaining("refused the message as invalid") });
    expect(judgeFailure(new NotifyError("http", 403, "AuthError"), 1)).toEqual({ retry: false, words: expect.stringContaining("NOTIFY_API_KEY") });
    expect(judgeFailure(new NotifyError("http", 404, null), 1)).toEqual({ retry: false, words: "Notify refused the message (404)" });
    expect(judgeFailure("File is larger than 5MB.", 1)).toEqual({ retry: false, words: "the letter is larger than Notify accepts" });
  });

  it("waits for staff to put right what they can (no template, no address), saying what", () => {
    expect(judgeFailure(new MessageNotReady("no Notify email template is set"), 3)).toEqual({ retry: true, words: "no Notify email template is set" });
  });

  it("gives up a message still failing after the last attempt", () => {
    expect(judgeFailure(new NotifyError("network", null, null), MAX_ATTEMPTS - 1).retry).toBe(true);
    expect(judgeFailure(new NotifyError("network", null, null), MAX_ATTEMPTS)).toEqual({ retry: false, words: `given up after ${MAX_ATTEMPTS} attempts: Notify could not be reached` });
  });
});
