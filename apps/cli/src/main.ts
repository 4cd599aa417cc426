import { usageError } from "./io";

type Command = { summary: string; run: (args: string[]) => Promise<number> };

// Each command is loaded only when called, so `pb check` never pays for the database drivers.
const commands: Record<string, Command> = {
  check: { summary: "check requests against a policy", run: async (a) => (await import("./commands/check")).run(a) },
  deadline: { summary: "compute time limits from a policy", run: async (a) => (await import("./commands/deadline")).run(a) },
  schedule: { summary: "compute payment instalments", run: async (a) => (await import("./commands/schedule")).run(a) },
  migrate: { summary: "apply database migrations", run: async (a) => (await import("./commands/migrate")).run(a) },
  seed: { summary: "load the demo data", run: async (a) => (await import("./commands/seed")).run(a) },
  audit: { summary: "verify the audit log's hash chains (audit verify)", run: async (a) => (await import("./commands/audit")).run(a) },
  backup: { summary: "back up the database to a file", run: async (a) => (await import("./commands/backup")).run(a) },
  restore: { summary: "restore a backup into an empty database", run: async (a) => (await import("./commands/restore")).run(a) },
  notify: { summary: "send the outbox through GOV.UK Notify (notify send), fetch delivery statuses (notify status)", run: async (a) => (await import("./commands/notify")).run(a) },
  bench: { summary: "time the dashboards, what-if and exports at scale, and a load test", run: async (a) => (await import("./commands/bench")).run(a) },
};

// A reader that stops early (`pb check … | head`) is not an error of ours: end quietly as Unix tools do.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(0);
  throw error;
});

const HELP = new Set(["help", "--help", "-h"]);

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  const list = Object.entries(commands)
    .map(([n, c]) => `  pb ${n.padEnd(10)} ${c.summary}`)
    .join("\n");
  // Asking for help is not a mistake: the list goes to standard output, and pb ends well.
  if (name && HELP.has(name)) {
    process.stdout.write(`usage: pb <command>\n${list}\n`);
    return 0;
  }
  const command = name ? commands[name] : undefined;
  if (!command) return usageError(name ? `unknown command "${name}"\n${list}` : `usage: pb <command>\n${list}`);
  return command.run(rest);
}
