"use strict";
/* global process, require -- a CommonJS file run by Node as it is, outside the TypeScript build */
// `node server.js`: the console, from Next's standalone server in ./console (README.md beside this file).

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

process.env.NODE_ENV = "production";
// eslint-disable-next-line @typescript-eslint/no-require-imports -- Next's standalone server is CommonJS and starts when loaded.
require("./console/apps/console/server.js");
