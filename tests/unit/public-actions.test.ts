// The production server lets a caller without a session reach only the server actions listed as public; the list
// must name exactly the actions that let "anyone" in, or a public form breaks or a private one is let through.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { PUBLIC_ACTION_NAMES } from "@/lib/actions/public-actions";
import { projectRoot } from "@/lib/db/paths";

/** Each exported function of lib/actions with its source text, up to the next export. */
function exportedActions(): { name: string; source: string }[] {
  const folder = path.join(projectRoot, "lib", "actions");
  const files = readdirSync(folder, { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".ts"));
  return files.flatMap((file) => {
    const text = readFileSync(path.join(folder, file), "utf8");
    if (!text.startsWith('"use server"')) return [];
    return text.split(/^(?=export )/m).flatMap((part) => {
      const name = /^export async function (\w+)/.exec(part)?.[1];
      return name ? [{ name, source: part }] : [];
    });
  });
}

describe("public server actions", () => {
  it("are exactly the actions that let anyone in", () => {
    const actions = exportedActions();
    expect(actions.length).toBeGreaterThan(10);
    const open = actions.filter((a) => a.source.includes('"anyone"')).map((a) => a.name);
    expect([...open].sort()).toEqual([...PUBLIC_ACTION_NAMES].sort());
  });
});
