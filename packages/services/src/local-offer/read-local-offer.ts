import { readPublishedPolicies, type DB } from "@pb/db";
import { PolicyId } from "@pb/eligibility";
import { arrangeLocalOfferVersions, type LocalOfferPage } from "@pb/reports";
import type { Kysely } from "kysely";
import { parseStoredPolicy } from "../policy/policy-in-force";

export type LocalOfferView = LocalOfferPage & { councilName: string; slug: string };

/** A slug as councils are given them (the shape of a policy id: "surrey", "demo-county"), at most 63 characters. */
export function isCouncilSlug(value: string): boolean {
  return value.length <= 63 && PolicyId.safeParse(value).success;
}

/**
 * The public Local Offer page of the council with this slug on `today`: the published version in force,
 * the earlier ones and those to come, each parsed with the same parser (and cache) the request check,
 * letters and schedules use, so the page says what the council applies. Null for an unknown slug,
 * a council with nothing published, or one whose first version is not yet in force.
 */
export async function readLocalOffer(db: Kysely<DB>, input: { slug: string; today: string }): Promise<LocalOfferView | null> {
  if (!isCouncilSlug(input.slug)) return null;
  const published = await readPublishedPolicies(db, input.slug);
  if (!published) return null;
  const versions = published.versions.map((v) => ({
    versionNumber: v.versionNumber,
    effectiveFrom: v.effectiveFrom,
    policy: parseStoredPolicy(v.versionId, v.document, true),
  }));
  const page = arrangeLocalOfferVersions(versions, input.today);
  return page ? { ...page, councilName: published.councilName, slug: input.slug } : null;
}
