// Defence in depth for server actions: React decodes an action's body before the action runs (and so before it
// checks the session), so the production server refuses an action POST from a caller without a signed session
// cookie unless the action is one of the few public by design. Action ids change with every build; they are read
// from the build's server-reference manifest, with the pages that use each public action.
import { readFileSync } from "node:fs";
import path from "node:path";
import type { IncomingMessage } from "node:http";

type Manifest = { node?: Record<string, { exportedName: string; workers: Record<string, unknown> }> };

/** "app/[locale]/invite/[token]/page" → the request paths of that page. */
function pagePattern(worker: string): RegExp {
  const route = worker
    .replace(/^app/, "")
    .replace(/\/page$/, "")
    .replace(/\/\([^)/]+\)/g, "");
  const source = route
    .split("/")
    .map((segment) =>
      /^\[\.\.\..+\]$/.test(segment)
        ? ".+"
        : /^\[.+\]$/.test(segment)
          ? "[^/]+"
          : segment.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"),
    )
    .join("/");
  return new RegExp(`^${source}/?$`);
}

function decoded(target: string): string {
  const pathname = target.split("?")[0] ?? "";
  try {
    return decodeURIComponent(pathname);
  } catch {
    return pathname;
  }
}

/** A form post that React would read as a server action without JavaScript (no Next-Action header). */
function isFormPost(req: IncomingMessage): boolean {
  const type = String(req.headers["content-type"] ?? "");
  return /^(multipart\/form-data|application\/x-www-form-urlencoded)\b/i.test(type);
}

export type ServerActionGate = (req: IncomingMessage, isSignedIn: () => Promise<boolean>) => Promise<boolean>;

/** The gate for one build: resolves true when the request must be refused. */
export function serverActionGate(manifest: Manifest, publicNames: readonly string[]): ServerActionGate {
  const publicIds = new Set<string>();
  const publicPages: RegExp[] = [];
  for (const [id, entry] of Object.entries(manifest.node ?? {})) {
    if (!publicNames.includes(entry.exportedName)) continue;
    publicIds.add(id);
    for (const worker of Object.keys(entry.workers)) publicPages.push(pagePattern(worker));
  }
  return async (req, isSignedIn) => {
    if (req.method !== "POST") return false;
    const actionId = req.headers["next-action"];
    const target = decoded(req.url ?? "");
    if (actionId !== undefined) {
      if (typeof actionId === "string" && publicIds.has(actionId)) return false;
    } else {
      // Route handlers read their own bodies; a page takes a form post only as a server action.
      if (target.startsWith("/api/") || !isFormPost(req)) return false;
      if (publicPages.some((page) => page.test(target))) return false;
    }
    return !(await isSignedIn());
  };
}

/** The gate for the build in `<projectRoot>/.next`. */
export function loadServerActionGate(projectRoot: string, publicNames: readonly string[]): ServerActionGate {
  const file = path.join(projectRoot, ".next", "server", "server-reference-manifest.json");
  return serverActionGate(JSON.parse(readFileSync(file, "utf8")) as Manifest, publicNames);
}
