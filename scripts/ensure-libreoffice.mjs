#!/usr/bin/env node
// The export tests open every XLSX and CSV in LibreOffice (headless); install Calc when soffice is missing.
import { execSync } from "node:child_process";

function hasSoffice() {
  try {
    execSync("command -v soffice", { stdio: "ignore", shell: "/bin/sh" });
    return true;
  } catch {
    return false;
  }
}

if (hasSoffice()) process.exit(0);

const sudo = process.getuid?.() === 0 ? "" : "sudo ";
console.log("soffice is missing; installing Debian's libreoffice-calc-nogui…");
try {
  execSync(`${sudo}apt-get update && ${sudo}env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends libreoffice-calc-nogui`, { stdio: "inherit" });
} catch {
  console.error("Could not install LibreOffice. Install it yourself (apt-get install libreoffice-calc-nogui).");
  process.exit(1);
}
