// The console's public address. Apart from env.ts so that the proxy can read it without loading
// env.ts's server modules; env.ts re-exports it, and nothing else reads these variables.
export const publicUrl = process.env.NEXTAUTH_URL || `http://localhost:${process.env.PORT || 3000}`;
