import type { Readable, Writable } from "node:stream";

/** The two calls of pg-copy-streams used here; it ships no types of its own. */
export type CopyStreams = {
  from: (text: string) => Writable;
  to: (text: string) => Readable;
};

const MODULE = "pg-copy-streams";

/** Loaded when first needed (PGlite never needs it), and kept outside every bundle. */
export async function loadCopyStreams(): Promise<CopyStreams> {
  const loaded = (await import(/* @vite-ignore */ MODULE)) as Partial<CopyStreams> & { default?: CopyStreams };
  const streams = loaded.from && loaded.to ? (loaded as CopyStreams) : loaded.default;
  if (!streams) throw new Error("pg-copy-streams did not load");
  return streams;
}
