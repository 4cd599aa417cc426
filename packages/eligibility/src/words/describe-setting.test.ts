import { describe, expect, it } from "vitest";
import { resolvePreset } from "../resolve-policy";
import { describeSettingPath, describeSettingValue, humanise } from "./describe-setting";

const surrey = resolvePreset("surrey").policy;

describe("describeSettingPath", () => {
  it.each([
    ["timeLimits.reviewRequest.n", "Time limits › Asking for a review of a decision › number"],
    ["timeLimits.reviewRequest.unit", "Time limits › Asking for a review of a decision › unit"],
    ["streams.education.requestStages.allowed", "Education › Request windows › Allowed"],
    ["streams.social_care.shortBreaksLevels.levels.1.services", "Social care › Short breaks levels › Levels › Level 1 › Services"],
    ["directPayments.prohibitedUses.household_bills.description", "Direct payments › Prohibited uses › Household bills › Description"],
    ["directPayments.agreement.mustCover.monitoring.source", "Direct payments › Written agreement › Terms it must cover › Monitoring › Source"],
    ["cessationReasons.consent_withdrawn.description", "Cessation reasons › Consent withdrawn › Description"],
    ["finance.sources.underspendWeeks", "Finance › Sources › Underspend recovered above this many weeks of the budget"],
  ])("reads %s as %s", (path, words) => {
    expect(describeSettingPath(path)).toBe(words);
  });

  it("names a service by the policy's own name for it, or reads its code aloud", () => {
    const name = surrey.streams.education?.services.specialist_equipment?.name ?? "";
    expect(describeSettingPath("streams.education.services.specialist_equipment.directPayment", surrey)).toBe(
      `Education › Services › ${name.charAt(0).toUpperCase()}${name.slice(1)} › Can be a direct payment`,
    );
    expect(describeSettingPath("streams.education.services.music_lessons.personalBudget")).toBe("Education › Services › Music lessons › Can be in a personal budget");
  });
});

describe("describeSettingValue", () => {
  it("reads the policy's contacts as words, never JSON", () => {
    const contacts = resolvePreset("portsmouth").policy.contacts;
    expect(describeSettingValue(contacts)).toMatch(/^The Access and Entitlement team, for personal transport budgets \(telephone 02392 437905\), The Short Breaks Officer, /);
    expect(describeSettingValue(contacts)).not.toMatch(/[{}"]/);
    expect(describeSettingPath("contacts")).toBe("Contacts");
  });

  it("puts values in words", () => {
    expect(describeSettingValue(true)).toBe("yes");
    expect(describeSettingValue(false)).toBe("no");
    expect(describeSettingValue(undefined)).toBe("not set");
    expect(describeSettingValue(15)).toBe("15");
    expect(describeSettingValue("working_days")).toBe("working days");
    expect(describeSettingValue(["draft_plan", "annual_review"])).toBe("draft plan, annual review");
    expect(describeSettingValue([])).toBe("none");
    expect(describeSettingValue("Something a council wrote")).toBe("Something a council wrote");
  });

  it("cites a source by its document's title, and the council's own rule by the policy's name", () => {
    expect(describeSettingValue({ document: "002", rule: "T7" })).toBe("Surrey personal budgets policy (002), T7");
    expect(describeSettingValue({ document: "council", rule: "T7", quote: "20 working days" }, "Demo County Council")).toBe(
      "Demo County Council local policy, T7: “20 working days”",
    );
  });

  it("reads codes aloud", () => {
    expect(humanise("firstDirectPaymentReview")).toBe("first direct payment review");
    expect(humanise("not_used_for_agreed_provision")).toBe("not used for agreed provision");
  });
});
