// `node server.js`: the console, from Next's standalone server in ./console (README.md beside this file).
/* global process -- run by Node as it is, outside the TypeScript build */

// The release runs on PostgreSQL only: the embedded PGlite is the repository's demo database, and a
// production console connects as the runtime role (DATABASE_URL) to a database `node pb.mjs migrate` made.
if (!process.env.DATABASE_URL) {
  const line = {
    time: new Date().toISOString(),
    level: "error",
    event: "release.database_url_missing",
    advice: "set DATABASE_URL to the runtime role's PostgreSQL connection; migrate first with `node pb.mjs migrate` as the owner (README.md)",
  };
  process.stderr.write(`${JSON.stringify(line)}\n`);
  process.exit(1);
}

// Next's server is an ES module that starts when loaded; it sets NODE_ENV and serves from its own folder.
await import("./console/apps/console/server.js");
