// The public pages whose anonymous responses may be cached whole: everything under app/[locale]/(public), in
// every interface language. The list is read from that folder, so a new public page is cached without anyone
// remembering to add it here, and nothing of the editors' area, sign-in or account links (outside the group) is.
import { readdirSync } from "node:fs";
import path from "node:path";
import { LOCALES } from "@/i18n/routing";

export const PUBLIC_PAGES_DIR = path.join("app", "[locale]", "(public)");

/** The first path segments of the public pages: the folders of the (public) route group. */
export function publicSections(projectRoot: string): string[] {
  const entries = readdirSync(path.join(projectRoot, PUBLIC_PAGES_DIR), { withFileTypes: true });
  const sections = entries
    .filter((entry) => entry.isDirectory() && !/^[(_@]/.test(entry.name))
    .map((entry) => entry.name);
  // A dynamic first segment would make every address a public page, the editors' area included.
  const dynamic = sections.find((name) => name.startsWith("["));
  if (dynamic)
    throw new Error(`${PUBLIC_PAGES_DIR}/${dynamic}: a dynamic first segment cannot be told apart from staff pages`);
  return sections;
}

export function publicPagePaths(sections: readonly string[]): RegExp {
  const escaped = sections.map((name) => name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  return new RegExp(`^/(${LOCALES.join("|")})(/(${escaped.join("|")})(/[^/]+)*)?/?$`);
}
