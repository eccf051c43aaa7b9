"use server";
// Form actions for the generic record forms.
import { deleteRecord } from "@/lib/server/records/delete-record";
import { saveRecord } from "@/lib/server/records/save-record";
import { runAction } from "../action-result";
import { formToObject } from "../form-data";
import { refreshPublicPages } from "../refresh-public-pages";

export async function saveRecordAction(_prev: unknown, form: FormData) {
  return runAction(() => saveRecord(formToObject(form, { arrays: ["fields.roles"] })), refreshPublicPages);
}

export async function deleteRecordAction(_prev: unknown, form: FormData) {
  return runAction(() => deleteRecord(formToObject(form)), refreshPublicPages);
}
