// A name's search key: the same for the Cyrillic original and its usual romanisations, so "Жыланбаев",
// "Zhylanbaev" and "Jylanbaev" all meet "Zhylanbayev". Stored with each name and alias, and applied to queries.
import anyAscii from "any-ascii";

/** Romanisation variants folded to one spelling, longest first. */
const FOLDS: [RegExp, string][] = [
  [/dzh|dj|zh|j/g, "j"],
  [/kh|x/g, "h"],
  [/gh/g, "g"],
  [/q/g, "k"],
  [/w/g, "v"],
  [/ts/g, "c"],
  [/([aeiou])y([aeiou])/g, "$1$2"],
  [/y([aeiou])/g, "$1"],
  [/iy|yi|y/g, "i"],
  [/ou/g, "u"],
];

export function nameKey(name: string): string {
  // any-ascii reads "ё" as "e"; names romanise it as "yo", which the folds below then treat like "o".
  let key = anyAscii(name.normalize("NFKC").replace(/[ёЁ]/g, "yo")).toLowerCase();
  key = key.replace(/[^a-z0-9 ]+/g, " ");
  for (const [pattern, replacement] of FOLDS) key = key.replace(pattern, replacement);
  return key
    .replace(/([a-z])\1+/g, "$1")
    .replace(/\s+/g, " ")
    .trim();
}
