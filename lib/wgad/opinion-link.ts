// Where the case page sends a reader for a WGAD opinion whose own address Habeas has not recorded. The opinion
// number alone says which opinion; Habeas does not guess the document's address from it (the UN's document
// symbols and pages do not follow from the number), so without a recorded URL the number stays plain text and a
// separate link leads to the Working Group's own pages at OHCHR, from which its adopted opinions are searched. That
// link is navigation, not a fact about the person, so it needs no source.
export const WGAD_OPINIONS_PAGE = "https://www.ohchr.org/en/special-procedures/wg-arbitrary-detention";
