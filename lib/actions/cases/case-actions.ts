"use server";
// Form actions for cases: each one signs the caller in, reads the form with its schema, and hands it to the
// data layer, which checks access and validates again.
import { z } from "zod";
import { createCase } from "@/lib/server/cases/create-case";
import { changeCaseStatus } from "@/lib/server/cases/change-case-status";
import { deleteCase } from "@/lib/server/cases/delete-case";
import { findPossibleDuplicates } from "@/lib/server/cases/find-possible-duplicates";
import { publishCase } from "@/lib/server/cases/publish-case";
import { restoreCase } from "@/lib/server/cases/restore-case";
import { takeDownCase } from "@/lib/server/cases/take-down-case";
import { updateCase } from "@/lib/server/cases/update-case";
import { reviewChange } from "@/lib/server/changes/review-change";
import {
  ZCaseCreateSchema,
  ZCaseIdSchema,
  ZCaseUpdateSchema,
  ZDeleteCaseSchema,
  ZPublishSchema,
  ZReviewSchema,
  ZStatusChangeSchema,
  ZTakedownSchema,
} from "@/lib/validations/case";
import { runAction } from "../action-result";
import { refreshPublicPages } from "../refresh-public-pages";
import { authenticateCaller, runFormAction } from "../run-form-action";

export async function createCaseAction(_prev: unknown, form: FormData) {
  return runFormAction("staff", form, ZCaseCreateSchema, createCase, refreshPublicPages);
}

export async function updateCaseAction(_prev: unknown, form: FormData) {
  return runFormAction("staff", form, ZCaseUpdateSchema, updateCase, refreshPublicPages);
}

export async function changeStatusAction(_prev: unknown, form: FormData) {
  return runFormAction("staff", form, ZStatusChangeSchema, changeCaseStatus, refreshPublicPages);
}

export async function publishCaseAction(_prev: unknown, form: FormData) {
  return runFormAction("staff", form, ZPublishSchema, publishCase, refreshPublicPages);
}

export async function reviewChangeAction(_prev: unknown, form: FormData) {
  // Only an approval changes what the public sees. A rejection or a sent-back request leaves the queue on the next
  // load, so the reviewer can still read the outcome beside the item.
  return runFormAction("staff", form, ZReviewSchema, async (input) => {
    const outcome = await reviewChange(input);
    if (outcome.state === "APPROVED") refreshPublicPages();
    return outcome;
  });
}

export async function deleteCaseAction(_prev: unknown, form: FormData) {
  return runFormAction("staff", form, ZDeleteCaseSchema, deleteCase, refreshPublicPages);
}

export async function takeDownCaseAction(_prev: unknown, form: FormData) {
  return runFormAction(
    "admin",
    form,
    ZTakedownSchema,
    (input) => takeDownCase(input).then(() => null),
    refreshPublicPages,
  );
}

export async function restoreCaseAction(_prev: unknown, form: FormData) {
  return runFormAction("admin", form, ZCaseIdSchema, restoreCase, refreshPublicPages);
}

const ZDuplicateQuery = z.tuple([z.string().max(200), z.string().max(2).optional()]);

export async function findDuplicatesAction(name: string, countryCode?: string) {
  return runAction(async () => {
    await authenticateCaller("staff");
    const [checkedName, checkedCountry] = ZDuplicateQuery.parse([name, countryCode]);
    return findPossibleDuplicates(checkedName, checkedCountry);
  });
}
