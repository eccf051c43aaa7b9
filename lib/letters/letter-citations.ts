// Which of a place's citations support each side of the envelope and which its letter rules, so the "Write to …"
// section and the pack put each footnote beside the fact it supports. A citation of the place for anything else (its
// name, its kind) stays with the place's name, with the stay's own citations, so no source of the section goes
// unshown.
type Cited = { claim: string };

const LOCAL = new Set(["addressLocal", "address"]);
const LATIN = new Set(["addressLatin", "address"]);
const RULES = new Set(["letterRules", "letterNeedsBirthYear"]);
const placed = (claim: string) => LOCAL.has(claim) || LATIN.has(claim) || RULES.has(claim);

export function letterCitations<C extends Cited>(stay: { citations: C[]; place: { citations: C[] } }) {
  const { citations } = stay.place;
  const about = (claims: Set<string>) => citations.filter((c) => claims.has(c.claim));
  return {
    place: [...stay.citations, ...citations.filter((c) => !placed(c.claim))],
    addressLocal: about(LOCAL),
    addressLatin: about(LATIN),
    rules: about(RULES),
  };
}
