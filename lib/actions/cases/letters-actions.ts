"use server";
// The "letters not advised" form: signs the caller in, reads the form with its schema, and hands it to the data
// layer, which checks access again and audits the change.
import { setLettersNotAdvised } from "@/lib/server/cases/set-letters-not-advised";
import { ZLettersAdviceSchema } from "@/lib/validations/letters";
import { refreshPublicPages } from "../refresh-public-pages";
import { runFormAction } from "../run-form-action";

export async function setLettersNotAdvisedAction(_prev: unknown, form: FormData) {
  return runFormAction("staff", form, ZLettersAdviceSchema, setLettersNotAdvised, refreshPublicPages);
}
