import { lstatSync, readdirSync, readlinkSync } from "node:fs";
import { dirname, isAbsolute, join, relative, resolve } from "node:path";

/**
 * Links in `folder` that would not survive copying it to another machine: absolute ones, and
 * relative ones that leave the folder (pnpm's layout is links; Next's standalone output keeps them).
 */
export function linksLeaving(folder: string): string[] {
  const root = resolve(folder);
  const leaving: string[] = [];
  for (const entry of readdirSync(root, { recursive: true, withFileTypes: true })) {
    const path = join(entry.parentPath, entry.name);
    if (!lstatSync(path).isSymbolicLink()) continue;
    const target = readlinkSync(path);
    const inside = !isAbsolute(target) && !relative(root, resolve(dirname(path), target)).startsWith("..");
    if (!inside) leaving.push(relative(root, path));
  }
  return leaving;
}
