// The one list of columns that must not leave their table: confidential case fields never reach a public surface,
// and user secrets reach no query and no audit row. The Prisma client omits both by default.
export const CONFIDENTIAL_CASE_OMIT = {
  internalNotes: true,
  contactDetails: true,
  familyDetails: true,
  riskNote: true,
} as const;

export const SECRET_USER_OMIT = { passwordHash: true, totpSecret: true, totpPendingSecret: true } as const;

/** Field names whose values are secrets wherever they appear: the user secret columns, and the passwords, one-time
 *  tokens and codes they are made from. An audit row shows only that such a field changed. */
export const SECRET_FIELD_NAMES: ReadonlySet<string> = new Set([
  ...Object.keys(SECRET_USER_OMIT),
  "password",
  "newPassword",
  "currentPassword",
  "token",
  "tokenHash",
  "codeHash",
  "recoveryCodes",
  "totpCode",
  "secret",
]);
