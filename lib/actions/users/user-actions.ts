"use server";
// Form actions for accounts and the admin settings. Only the one-time link's password form is open to anyone.
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
import { ZFourEyesSchema } from "@/lib/validations/settings";
import {
  ZIdentityProofSchema,
  ZInviteSchema,
  ZSetPasswordSchema,
  ZTotpCodeSchema,
  ZUserDisabledSchema,
  ZUserIdSchema,
  ZUserRoleSchema,
} from "@/lib/validations/user";

import { runAction } from "../action-result";
import { callerAddress } from "../caller-address";
import { runFormAction } from "../run-form-action";

/** The fields the two-factor confirmation form may send: the new code, and the proof re-enrolling asks for. */
const ZTotpConfirmFormSchema = ZTotpCodeSchema.extend(ZIdentityProofSchema.partial().shape);

const refresh = () => revalidatePath("/", "layout");

export async function inviteUserAction(_prev: unknown, form: FormData) {
  return runFormAction("admin", form, ZInviteSchema, inviteUser);
}

export async function issueResetAction(_prev: unknown, form: FormData) {
  return runFormAction("admin", form, ZUserIdSchema, issuePasswordReset);
}

export async function setUserRoleAction(_prev: unknown, form: FormData) {
  return runFormAction("admin", form, ZUserRoleSchema, (input) => setUserRole(input).then(() => null), refresh);
}

export async function setUserDisabledAction(_prev: unknown, form: FormData) {
  return runFormAction("admin", form, ZUserDisabledSchema, (input) => setUserDisabled(input).then(() => null), refresh);
}

/** Public by design: the link's token is the proof, checked by the data layer. */
export async function redeemTokenAction(_prev: unknown, form: FormData) {
  return runFormAction("anyone", form, ZSetPasswordSchema, redeemToken);
}

export async function beginTotpAction() {
  return runAction(() => beginTotpEnrolment());
}

export async function confirmTotpAction(_prev: unknown, form: FormData) {
  const ip = await callerAddress();
  // Re-enrolling also asks for the current password and code; the data layer decides when they are required.
  return runFormAction("staff", form, ZTotpConfirmFormSchema, (input) => confirmTotpEnrolment(input, { ip }), refresh);
}

export async function disableTotpAction(_prev: unknown, form: FormData) {
  const ip = await callerAddress();
  return runFormAction(
    "staff",
    form,
    ZIdentityProofSchema,
    (input) => disableTotp(input, { ip }).then(() => null),
    refresh,
  );
}

export async function setFourEyesAction(_prev: unknown, form: FormData) {
  return runFormAction("admin", form, ZFourEyesSchema, (input) => setFourEyes(input).then(() => null), refresh);
}
