"use server";
// Form actions for the generic record forms.
import { ZRecordFormSchema } from "@/lib/records/schemas";
import { deleteRecord } from "@/lib/server/records/delete-record";
import { saveRecord } from "@/lib/server/records/save-record";
import { refreshPublicPages } from "../refresh-public-pages";
import { runFormAction } from "../run-form-action";

export async function saveRecordAction(_prev: unknown, form: FormData) {
  return runFormAction("staff", form, ZRecordFormSchema, saveRecord, refreshPublicPages);
}

export async function deleteRecordAction(_prev: unknown, form: FormData) {
  return runFormAction("staff", form, ZRecordFormSchema, deleteRecord, refreshPublicPages);
}
