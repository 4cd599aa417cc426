import { formatIsoDateEnGb } from "@pb/calendar";
import type { Policy } from "@pb/eligibility";
import { buildLocalOffer } from "./build-local-offer";
import { compareLocalOffers, describeLocalOfferChange } from "./compare-local-offers";
import type { LocalOffer } from "./local-offer-types";

/** A published version of a council's policy: the page reads nothing else. */
export type PublishedVersion = { versionNumber: number; effectiveFrom: string; policy: Policy };

export type LocalOfferHistoryEntry = {
  versionNumber: number;
  effectiveFromText: string;
  /** The day the next version took over, in words; null for the one in force or to come. */
  untilText: string | null;
  /** What changed from the version before it, one sentence a line; null for the first version. */
  changes: string[] | null;
};

export type LocalOfferPage = {
  offer: LocalOffer;
  versionNumber: number;
  /** Versions published to take effect after today, soonest first, each with what it will change. */
  upcoming: LocalOfferHistoryEntry[];
  /** The version in force and every earlier one, newest first. */
  history: LocalOfferHistoryEntry[];
};

// The same order getPolicyInForce uses: by effective date, then the later version of one date.
const byTakingEffect = (a: PublishedVersion, b: PublishedVersion) =>
  a.effectiveFrom.localeCompare(b.effectiveFrom) || a.versionNumber - b.versionNumber;

/**
 * The page for `today`: the version in force (the latest effective on or before today), the versions
 * to come, and the earlier ones, each with what changed from the one before. Null before any is in force.
 */
export function arrangeLocalOfferVersions(versions: readonly PublishedVersion[], today: string): LocalOfferPage | null {
  const timeline = [...versions].sort(byTakingEffect);
  const offers = timeline.map((v) => buildLocalOffer(v.policy, v));
  const current = timeline.findLastIndex((v) => v.effectiveFrom <= today);
  if (current < 0) return null;
  const entries = timeline.map((version, i): LocalOfferHistoryEntry => {
    const next = timeline[i + 1];
    const [previousOffer, offer] = [offers[i - 1], offers[i]];
    return {
      versionNumber: version.versionNumber,
      effectiveFromText: formatIsoDateEnGb(version.effectiveFrom),
      untilText: i < current && next ? formatIsoDateEnGb(next.effectiveFrom) : null,
      changes: previousOffer && offer ? compareLocalOffers(previousOffer, offer).map(describeLocalOfferChange) : null,
    };
  });
  const [offer, inForce] = [offers[current], timeline[current]];
  if (!offer || !inForce) return null;
  return {
    offer,
    versionNumber: inForce.versionNumber,
    upcoming: entries.slice(current + 1),
    history: entries.slice(0, current + 1).reverse(),
  };
}
