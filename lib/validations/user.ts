// Forms about accounts: invitations, roles, passwords and second factors.
import { z } from "zod";
import { UserRole } from "@/lib/generated/prisma/enums";
import { MAX_CODE_LENGTH, MAX_PASSWORD_LENGTH } from "@/lib/auth/limits";
import { ZPasswordSchema } from "@/lib/auth/passwords";

export const ZEmailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .pipe(z.email({ error: "invalidEmail" }).max(254));

export const ZInviteSchema = z.object({ email: ZEmailSchema, role: z.enum(UserRole, { error: "invalid" }) });
export const ZUserRoleSchema = z.object({ userId: z.string().min(1), role: z.enum(UserRole, { error: "invalid" }) });
export const ZUserDisabledSchema = z.object({ userId: z.string().min(1), disabled: z.boolean() });
export const ZUserIdSchema = z.object({ userId: z.string().min(1) });

export const ZSetPasswordSchema = z
  .object({
    token: z.string().min(20).max(200),
    name: z.string().trim().max(200).optional(),
    password: ZPasswordSchema,
    confirm: z.string(),
  })
  .refine((v) => v.password === v.confirm, { path: ["confirm"], message: "passwordsDiffer" });

export const ZTotpCodeSchema = z.object({
  code: z
    .string()
    .trim()
    .regex(/^\d{6}$/, { error: "invalidCode" }),
});

/** The current password and a current code (from the authenticator app, or a recovery code). */
export const ZIdentityProofSchema = z.object({
  currentPassword: z.string().min(1, "required").max(MAX_PASSWORD_LENGTH, "passwordTooLong"),
  currentCode: z.string().trim().min(1, "required").max(MAX_CODE_LENGTH, "tooLong"),
});

export const ZNewUserSchema = z.object({
  email: ZEmailSchema,
  name: z.string().trim().min(1).max(200),
  role: z.enum(UserRole),
  password: ZPasswordSchema,
});
