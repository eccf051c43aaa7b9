// A web address segment from a name: Latin letters and digits, accents dropped, everything else one hyphen, at
// most 60 characters; `fallback` when nothing is left (a name in another script only).
export function slugify(name: string, fallback: string): string {
  const base = name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")
    .slice(0, 60);
  return base || fallback;
}
