// The release folder's `node pb.mjs <command>`: the same commands as `pnpm pb`, bundled with their
// drivers into one file (src/release/bundle-cli.ts), so the folder needs no pnpm and no node_modules.
import { main } from "./main";

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  process.stderr.write(`pb: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
}
