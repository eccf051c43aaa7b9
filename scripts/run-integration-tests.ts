// `npm run test:integration`: the integration suite on PostgreSQL and on PGlite, at the same time where there are
// more than two cores. Each run has its own throwaway database and runs its files one after another, so the two
// share only the CPU; one vitest process cannot overlap them, as it puts both projects' serial files in one queue.
// On two cores or fewer they run one after the other: overlapped on a busy two-core machine, tests timed out.
// Extra arguments go to both runs (e.g. a file filter). Output lines are prefixed with their run, and the exit
// code fails if either run fails.
import { spawn } from "node:child_process";
import { availableParallelism } from "node:os";
import path from "node:path";
import { createInterface } from "node:readline";
import { projectRoot } from "@/lib/db/paths";

const PROJECTS = ["integration", "integration-pglite"] as const;
const vitest = path.join(projectRoot, "node_modules", "vitest", "vitest.mjs");

function run(project: string): Promise<number> {
  const child = spawn(process.execPath, [vitest, "run", "--project", project, ...process.argv.slice(2)], {
    cwd: projectRoot,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const prefix = `[${project}] `;
  createInterface({ input: child.stdout }).on("line", (line) => process.stdout.write(`${prefix}${line}\n`));
  createInterface({ input: child.stderr }).on("line", (line) => process.stderr.write(`${prefix}${line}\n`));
  return new Promise((resolve) => child.on("close", (code) => resolve(code ?? 1)));
}

const codes: number[] = [];
if (availableParallelism() > 2) codes.push(...(await Promise.all(PROJECTS.map(run))));
else for (const project of PROJECTS) codes.push(await run(project));
process.exit(codes.some((code) => code !== 0) ? 1 : 0);
