import { describe, expect, it } from "vitest";
import { PRESET_IDS, resolvePreset } from "@pb/eligibility";
import { describeChallengeRoutes, describeCouncilReview, describeNoReviewRequestLimit, describeStatutoryRoutes } from "./challenge-routes";

const surrey = resolvePreset("surrey").policy;
const hertfordshire = resolvePreset("hertfordshire").policy;
const codeOfPractice = resolvePreset("code-of-practice").policy;
const subject = { subject: "a decision in this letter", countedFrom: "the date of this letter" };

describe("describeChallengeRoutes", () => {
  it("offers every statutory route under every preset, whatever the policy states", () => {
    for (const id of PRESET_IDS) {
      const routes = describeChallengeRoutes(resolvePreset(id).policy, { ...subject, due: null });
      expect(routes.map((r) => r.route)).toEqual(["council_review", "mediation", "tribunal", "complaints"]);
      expect(routes.every((r) => r.paragraphs.every((p) => p.text.length > 0 && p.source.length > 0))).toBe(true);
    }
  });

  it("leaves out the council's review for a letter that is itself the outcome of one", () => {
    expect(describeChallengeRoutes(surrey, null).map((r) => r.route)).toEqual(["mediation", "tribunal", "complaints"]);
  });
});

describe("describeCouncilReview", () => {
  it("gives the date to ask by and the counted period where the policy sets a time limit", () => {
    const section = describeCouncilReview(surrey, { ...subject, due: { dueOn: "2025-06-17", source: "Surrey personal budgets policy (002), T7" } });
    expect(section.paragraphs[0]?.text).toBe("If you disagree with a decision in this letter, write to your case officer and ask for it to be reviewed by 17 June 2025. That is 15 calendar days from the date of this letter.");
    expect(section.paragraphs[1]?.text).toContain("within 28 calendar days");
    expect(section.paragraphs[2]?.text).toBe(surrey.statements.disagreement_review?.text);
  });

  it("says the policy sets no time limit, and still tells the family to ask, when it sets none", () => {
    const section = describeCouncilReview(hertfordshire, { ...subject, due: null });
    expect(section.paragraphs[0]?.text).toBe(
      `${describeNoReviewRequestLimit(hertfordshire)} If you disagree with a decision in this letter, write to your case officer as soon as you can and ask for it to be reviewed: your request will be recorded whenever it arrives.`,
    );
    expect(describeNoReviewRequestLimit(hertfordshire)).toBe("Hertfordshire County Council's personal budgets policy sets no time limit for asking for a review.");
    expect(section.paragraphs[1]?.text).toMatch(/sets no time limit for our review/);
  });
});

describe("describeStatutoryRoutes", () => {
  it("uses the policy's own statements, citing them, where it has them", () => {
    const [mediation, tribunal, complaints] = describeStatutoryRoutes(surrey);
    expect(mediation?.paragraphs[0]).toEqual({ text: surrey.statements.mediation_information?.text, source: "Surrey personal budgets policy (002), T7" });
    expect(complaints?.paragraphs[0]?.text).toBe(surrey.statements.complaints?.text);
    expect(tribunal?.paragraphs[0]?.source).toBe("Hertfordshire personal budgets guidance (000), T7");
    expect(describeStatutoryRoutes(hertfordshire)[1]?.paragraphs[0]?.text).toBe(hertfordshire.statements.tribunal_scope?.text);
  });

  it("words each route from the law where the policy is silent: the Tribunal hears the provision, not the refusal; complaints end with the Ombudsman", () => {
    const [, tribunal, complaints] = describeStatutoryRoutes(codeOfPractice);
    expect(tribunal?.paragraphs[0]?.text).toMatch(/cannot hear an appeal against a refusal of a personal budget/);
    expect(tribunal?.paragraphs[0]?.text).toMatch(/judicial review/);
    expect(tribunal?.paragraphs[0]?.text).toMatch(/appeal to the Tribunal about that provision/);
    expect(complaints?.paragraphs[0]?.text).toMatch(/complaints procedure/);
    expect(complaints?.paragraphs[0]?.source).toBe("SEND Code of Practice 0 to 25, T7");
    expect(complaints?.paragraphs[1]?.text).toMatch(/Local Government and Social Care Ombudsman/);
  });
});
