import { z } from "zod";
import { ACCESS } from "@pb/auth";
import { getFamilyContact, saveFamilyContact } from "@pb/services";
import { councilProcedure, createRouter } from "../trpc";
import { Uuid } from "../inputs";

// Lengths here only bound the work; the shapes (an email Notify sends to, a UK postcode, a whole
// address) are the service's rule, which names the field and never repeats the value.
const Line = z.string().max(200, "must be at most 200 characters");

export const SaveFamilyContactInput = z.strictObject({
  childId: Uuid,
  /** What the officer saw: 0 before any details were saved. */
  version: z.number().int().min(0).max(2_147_483_647),
  addressee: Line.nullable(),
  email: z.string().max(400, "must be at most 400 characters").nullable(),
  addressLines: z.array(Line).max(10, "must be at most 10 lines"),
  postcode: z.string().max(20, "must be at most 20 characters").nullable(),
});

/** How a family is reached (issue 21): only for the roles that correspond with families. */
export const familyContactRouter = createRouter({
  get: councilProcedure(ACCESS.familyContact).input(z.strictObject({ childId: Uuid })).query(({ ctx, input }) => getFamilyContact(ctx.service, input)),
  save: councilProcedure(ACCESS.familyContact).input(SaveFamilyContactInput).mutation(({ ctx, input }) => saveFamilyContact(ctx.service, input)),
});
