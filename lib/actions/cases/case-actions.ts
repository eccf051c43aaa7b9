"use server";
// Form actions for cases: each one hands the form to the data layer, which checks access and validates.
import { revalidatePath } from "next/cache";
import { createCase } from "@/lib/server/cases/create-case";
import { changeCaseStatus } from "@/lib/server/cases/change-case-status";
import { deleteCase } from "@/lib/server/cases/delete-case";
import { findPossibleDuplicates } from "@/lib/server/cases/find-possible-duplicates";
import { publishCase } from "@/lib/server/cases/publish-case";
import { restoreCase } from "@/lib/server/cases/restore-case";
import { updateCase } from "@/lib/server/cases/update-case";
import { reviewChange } from "@/lib/server/changes/review-change";
import { runAction } from "../action-result";
import { formToObject } from "../form-data";

// Public pages are rendered per request, so refreshing the whole tree is cheap and never leaves one stale.
const refresh = () => revalidatePath("/", "layout");

export async function createCaseAction(_prev: unknown, form: FormData) {
  return runAction(async () => {
    const result = await createCase(formToObject(form, { arrays: ["roles"] }));
    refresh();
    return result;
  });
}

export async function updateCaseAction(_prev: unknown, form: FormData) {
  return runAction(async () => {
    const result = await updateCase(formToObject(form));
    refresh();
    return result;
  });
}

export async function changeStatusAction(_prev: unknown, form: FormData) {
  return runAction(async () => {
    const result = await changeCaseStatus(formToObject(form));
    refresh();
    return result;
  });
}

export async function publishCaseAction(_prev: unknown, form: FormData) {
  return runAction(async () => {
    const result = await publishCase(formToObject(form, { booleans: ["confirmUnknownConsent"] }));
    refresh();
    return result;
  });
}

export async function reviewChangeAction(_prev: unknown, form: FormData) {
  return runAction(async () => {
    const result = await reviewChange(formToObject(form));
    refresh();
    return result;
  });
}

export async function deleteCaseAction(_prev: unknown, form: FormData) {
  return runAction(async () => {
    await deleteCase(formToObject(form));
    refresh();
    return null;
  });
}

export async function restoreCaseAction(_prev: unknown, form: FormData) {
  return runAction(async () => {
    await restoreCase(formToObject(form));
    refresh();
    return null;
  });
}

export async function findDuplicatesAction(name: string, countryCode?: string) {
  return runAction(() => findPossibleDuplicates(name, countryCode));
}
