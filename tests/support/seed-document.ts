// Reads the seed document and cuts out the two posts the seed may draw on.
import { readFileSync } from "node:fs";
import path from "node:path";
import { projectRoot } from "@/lib/db/paths";
import { normaliseSpace } from "./text";

/** The seed document, kept byte-exact in the repository (see its README). */
export const SEED_DOCUMENT_PATH = path.join(projectRoot, "prisma/seed-data/documents/000_793d3151ff1478f1.txt");

/** The seed document exactly as stored, non-breaking spaces and all. */
export const RAW_DOCUMENT = readFileSync(SEED_DOCUMENT_PATH, "utf8");

const document = normaliseSpace(RAW_DOCUMENT);

function between(start: string, end: string): string {
  const from = document.indexOf(start);
  const to = document.indexOf(end, from);
  if (from < 0 || to < 0) throw new Error(`Seed document no longer contains "${start}" … "${end}"`);
  return document.slice(from, to + end.length);
}

export const POSTS = {
  statement: between("On 10 April 2025 Civil Rights Defenders", "This post was originally published on Hans Thoolen"),
  intercept: between("The United Nation’s special rapporteur on counterterrorism", "authored by Elise Swain."),
};
