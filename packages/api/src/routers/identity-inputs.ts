import { z } from "zod";
import { ROLES } from "@pb/auth";

const Version = z.number().int("must be a whole number").min(0).max(2_147_483_647);

/**
 * A provider's issuer: https, as every real provider is (Entra ID: https://login.microsoftonline.com/<tenant id>/v2.0);
 * plain http only on this machine, for development and the tests' local provider.
 */
export const IssuerUrl = z
  .string()
  .trim()
  .max(500, "must be at most 500 characters")
  .refine((text) => {
    try {
      const url = new URL(text);
      if (url.search || url.hash || url.username || url.password) return false;
      return url.protocol === "https:" || (url.protocol === "http:" && ["localhost", "127.0.0.1", "[::1]"].includes(url.hostname));
    } catch {
      return false;
    }
  }, "must be the provider's https address, such as https://login.microsoftonline.com/<tenant id>/v2.0");

export const IdentityProviderInput = z.object({
  issuer: IssuerUrl,
  clientId: z.string().trim().min(1, "is needed").max(200, "must be at most 200 characters"),
  /** Left empty to keep the secret saved. */
  clientSecret: z.string().max(500, "must be at most 500 characters").optional(),
  groupsClaim: z.string().trim().regex(/^[A-Za-z0-9_:./-]{1,100}$/, "must be a claim name such as groups (letters, digits and _ : . / -)"),
  version: Version,
});

export const GroupRoleInput = z.object({
  groupId: z.string().trim().min(1, "is needed").max(200, "must be at most 200 characters"),
  role: z.enum(ROLES, "must be one of the product's roles"),
});

export const SignInSettingsInput = z.object({ localPasswords: z.boolean(), totpRequired: z.boolean(), version: Version });
