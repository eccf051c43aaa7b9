"use server";
// Form actions for cases: each one hands the form to the data layer, which checks access and validates.
import { createCase } from "@/lib/server/cases/create-case";
import { changeCaseStatus } from "@/lib/server/cases/change-case-status";
import { deleteCase } from "@/lib/server/cases/delete-case";
import { findPossibleDuplicates } from "@/lib/server/cases/find-possible-duplicates";
import { publishCase } from "@/lib/server/cases/publish-case";
import { restoreCase } from "@/lib/server/cases/restore-case";
import { takeDownCase } from "@/lib/server/cases/take-down-case";
import { updateCase } from "@/lib/server/cases/update-case";
import { reviewChange } from "@/lib/server/changes/review-change";
import { runAction } from "../action-result";
import { formToObject } from "../form-data";
import { refreshPublicPages } from "../refresh-public-pages";

export async function createCaseAction(_prev: unknown, form: FormData) {
  return runAction(() => createCase(formToObject(form, { arrays: ["roles"] })), refreshPublicPages);
}

export async function updateCaseAction(_prev: unknown, form: FormData) {
  return runAction(() => updateCase(formToObject(form)), refreshPublicPages);
}

export async function changeStatusAction(_prev: unknown, form: FormData) {
  return runAction(() => changeCaseStatus(formToObject(form)), refreshPublicPages);
}

export async function publishCaseAction(_prev: unknown, form: FormData) {
  return runAction(() => publishCase(formToObject(form, { booleans: ["confirmUnknownConsent"] })), refreshPublicPages);
}

export async function reviewChangeAction(_prev: unknown, form: FormData) {
  // Only an approval changes what the public sees. A rejection or a sent-back request leaves the queue on the next
  // load, so the reviewer can still read the outcome beside the item.
  return runAction(async () => {
    const outcome = await reviewChange(formToObject(form));
    if (outcome.state === "APPROVED") refreshPublicPages();
    return outcome;
  });
}

export async function deleteCaseAction(_prev: unknown, form: FormData) {
  return runAction(() => deleteCase(formToObject(form)), refreshPublicPages);
}

export async function takeDownCaseAction(_prev: unknown, form: FormData) {
  return runAction(() => takeDownCase(formToObject(form)).then(() => null), refreshPublicPages);
}

export async function restoreCaseAction(_prev: unknown, form: FormData) {
  return runAction(() => restoreCase(formToObject(form)).then(() => null), refreshPublicPages);
}

export async function findDuplicatesAction(name: string, countryCode?: string) {
  return runAction(() => findPossibleDuplicates(name, countryCode));
}
