// The console's public address, for links sent by email (an invitation's). Set once at start by the
// console (env.ts), as the bank details key is; the CLI and tests keep the local default.
let publicAddress = "http://localhost:3000";

export function configureSignInLinks(options: { publicUrl: string }): void {
  publicAddress = options.publicUrl.replace(/\/+$/, "");
}

/** The page where an invited user sets their password. The token is the link's only secret: never logged. */
export function setPasswordLink(token: string): string {
  return `${publicAddress}/sign-in/set-password?token=${encodeURIComponent(token)}`;
}
