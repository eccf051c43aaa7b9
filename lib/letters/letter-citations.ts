// Which of a place's citations support its address and which its letter rules, so the "Write to …" section and
// the pack put each footnote beside the fact it supports. A citation of the place for anything else (its name, its
// kind) stays with the place's name, with the stay's own citations, so no source of the section goes unshown.
type Cited = { claim: string };

const ADDRESS_CLAIMS = new Set(["addressLocal", "addressLatin", "address"]);
const RULES_CLAIMS = new Set(["letterRules", "letterNeedsBirthYear"]);

export function letterCitations<C extends Cited>(stay: { citations: C[]; place: { citations: C[] } }) {
  const { citations } = stay.place;
  return {
    place: [...stay.citations, ...citations.filter((c) => !ADDRESS_CLAIMS.has(c.claim) && !RULES_CLAIMS.has(c.claim))],
    address: citations.filter((c) => ADDRESS_CLAIMS.has(c.claim)),
    rules: citations.filter((c) => RULES_CLAIMS.has(c.claim)),
  };
}
