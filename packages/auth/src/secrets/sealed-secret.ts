import { createCipheriv, createDecipheriv, createHash, randomBytes } from "node:crypto";

// Sign-in secrets kept in the database (a council's OpenID client secret, users' TOTP secrets) are
// sealed with PB_SIGN_IN_SECRETS_KEY (ADR 0007): a copy of the database alone opens none of them.

type KeyState = { key: Buffer } | { refused: string };
let state: KeyState | null = null;
let warned = false;

// Not a secret: derived from this public text, for development and tests only.
const DEVELOPMENT_KEY_LABEL = "pb DEVELOPMENT ONLY sign-in secrets key - not secret - set PB_SIGN_IN_SECRETS_KEY";

export class SealedSecretError extends Error {}

/**
 * Set once by the app (console env.ts, the CLI) from PB_SIGN_IN_SECRETS_KEY: 32 random bytes in base64.
 * Without one, development and tests use a labelled development key (with one warning); production
 * refuses to seal or open rather than use a key that is not secret.
 */
export function configureSignInSecretsKey(options: { keyBase64?: string | null; allowDevelopmentKey: boolean; warn?: (message: string) => void }): void {
  const text = options.keyBase64?.trim();
  if (text) {
    const key = Buffer.from(text, "base64");
    if (key.length !== 32) throw new Error(`PB_SIGN_IN_SECRETS_KEY must be 32 bytes in base64 (44 characters); it decodes to ${key.length} bytes`);
    state = { key };
    return;
  }
  state = options.allowDevelopmentKey ? developmentKey(options.warn) : { refused: "the server has no PB_SIGN_IN_SECRETS_KEY. Ask your administrator to set it." };
}

function developmentKey(warn: (message: string) => void = (m) => console.warn(m)): KeyState {
  if (!warned) {
    warned = true;
    warn("PB_SIGN_IN_SECRETS_KEY is not set: sign-in secrets are sealed with a development key that is NOT secret. Set PB_SIGN_IN_SECRETS_KEY (32 random bytes, base64) before real use.");
  }
  return { key: createHash("sha256").update(DEVELOPMENT_KEY_LABEL).digest() };
}

function currentKey(): Buffer {
  state ??= developmentKey();
  if ("refused" in state) throw new SealedSecretError(state.refused);
  return state.key;
}

const VERSION = 1;

/** AES-256-GCM: version ‖ 12-byte IV ‖ 16-byte tag ‖ ciphertext, bound to its owner (`boundTo`) so it cannot be moved to another row. */
export function sealSecret(plain: string, boundTo: string): Buffer {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", currentKey(), iv);
  cipher.setAAD(Buffer.from(boundTo, "utf8"));
  const body = Buffer.concat([cipher.update(plain, "utf8"), cipher.final()]);
  return Buffer.concat([Buffer.from([VERSION]), iv, cipher.getAuthTag(), body]);
}

export function openSecret(sealed: Uint8Array, boundTo: string): string {
  const bytes = Buffer.from(sealed);
  if (bytes[0] !== VERSION || bytes.length < 29) throw new SealedSecretError("a sealed secret is in an unknown format");
  const decipher = createDecipheriv("aes-256-gcm", currentKey(), bytes.subarray(1, 13));
  decipher.setAAD(Buffer.from(boundTo, "utf8"));
  decipher.setAuthTag(bytes.subarray(13, 29));
  try {
    return Buffer.concat([decipher.update(bytes.subarray(29)), decipher.final()]).toString("utf8");
  } catch {
    throw new SealedSecretError("a sealed secret cannot be opened with the server's key (was PB_SIGN_IN_SECRETS_KEY changed?)");
  }
}
