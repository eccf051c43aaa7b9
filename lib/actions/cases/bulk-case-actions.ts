"use server";
// Form actions of the staff case table's bulk bar: each signs the caller in, reads the form with its schema, and
// hands it to the bulk data function, which checks access again and runs every case through its single-case path.
import { changeCasesCountry } from "@/lib/server/cases/bulk/change-cases-country";
import { publishCases } from "@/lib/server/cases/bulk/publish-cases";
import { ZBulkCountrySchema, ZBulkPublishSchema } from "@/lib/validations/bulk-cases";
import { refreshPublicPages } from "../refresh-public-pages";
import { runFormAction } from "../run-form-action";

export async function publishCasesAction(_prev: unknown, form: FormData) {
  return runFormAction("staff", form, ZBulkPublishSchema, publishCases, refreshPublicPages);
}

export async function changeCasesCountryAction(_prev: unknown, form: FormData) {
  return runFormAction("staff", form, ZBulkCountrySchema, changeCasesCountry, refreshPublicPages);
}
