"use server";
// Form actions for accounts and the admin settings.
import { revalidatePath } from "next/cache";
import { setFourEyes } from "@/lib/server/settings/set-four-eyes";
import { beginTotpEnrolment } from "@/lib/server/users/begin-totp-enrolment";
import { confirmTotpEnrolment } from "@/lib/server/users/confirm-totp-enrolment";
import { disableTotp } from "@/lib/server/users/disable-totp";
import { inviteUser } from "@/lib/server/users/invite-user";
import { issuePasswordReset } from "@/lib/server/users/issue-password-reset";
import { redeemToken } from "@/lib/server/users/redeem-token";
import { setUserDisabled } from "@/lib/server/users/set-user-disabled";
import { setUserRole } from "@/lib/server/users/set-user-role";
import { runAction } from "../action-result";
import { callerAddress } from "../caller-address";
import { formToObject } from "../form-data";

const refresh = () => revalidatePath("/", "layout");

export async function inviteUserAction(_prev: unknown, form: FormData) {
  return runAction(() => inviteUser(formToObject(form)));
}

export async function issueResetAction(_prev: unknown, form: FormData) {
  return runAction(() => issuePasswordReset(formToObject(form)));
}

export async function setUserRoleAction(_prev: unknown, form: FormData) {
  return runAction(() => setUserRole(formToObject(form)).then(() => null), refresh);
}

export async function setUserDisabledAction(_prev: unknown, form: FormData) {
  return runAction(() => setUserDisabled(formToObject(form, { booleans: ["disabled"] })).then(() => null), refresh);
}

export async function redeemTokenAction(_prev: unknown, form: FormData) {
  return runAction(() => redeemToken(formToObject(form)));
}

export async function beginTotpAction() {
  return runAction(() => beginTotpEnrolment());
}

export async function confirmTotpAction(_prev: unknown, form: FormData) {
  const ip = await callerAddress();
  return runAction(() => confirmTotpEnrolment(formToObject(form), { ip }), refresh);
}

export async function disableTotpAction(_prev: unknown, form: FormData) {
  const ip = await callerAddress();
  return runAction(() => disableTotp(formToObject(form), { ip }).then(() => null), refresh);
}

export async function setFourEyesAction(_prev: unknown, form: FormData) {
  return runAction(() => setFourEyes(formToObject(form, { booleans: ["enabled"] })).then(() => null), refresh);
}
