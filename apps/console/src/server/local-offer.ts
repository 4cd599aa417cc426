import "server-only";
import { readLocalOffer, type LocalOfferView } from "@pb/services";
import { todayIso } from "@pb/calendar";
import { getDatabase } from "./database";

/**
 * A council's public Local Offer page for today, or null (unknown slug, nothing in force). No session
 * is read: the page is public, and the read reaches a council's published policy versions only.
 */
export async function loadLocalOffer(slug: string): Promise<LocalOfferView | null> {
  const database = await getDatabase();
  return readLocalOffer(database.db, { slug, today: todayIso() });
}
