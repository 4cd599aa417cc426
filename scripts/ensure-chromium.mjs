#!/usr/bin/env node
// The browser tests drive Debian's Chromium; install it when it is missing (CI runs as root).
import { execSync } from "node:child_process";
import { existsSync } from "node:fs";

const CHROMIUM = process.env.PB_CHROMIUM_PATH || "/usr/bin/chromium";
if (existsSync(CHROMIUM)) process.exit(0);

const sudo = process.getuid?.() === 0 ? "" : "sudo ";
console.log(`Chromium is not at ${CHROMIUM}; installing Debian's chromium package…`);
try {
  execSync(`${sudo}apt-get update && ${sudo}env DEBIAN_FRONTEND=noninteractive apt-get install -y chromium`, { stdio: "inherit" });
} catch {
  console.error(`Could not install Chromium. Install it yourself (apt-get install chromium) or set PB_CHROMIUM_PATH.`);
  process.exit(1);
}
