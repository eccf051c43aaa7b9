// The one list of columns that must not leave their table: confidential case fields never reach a public surface,
// and user secrets reach no query and no audit row. The Prisma client omits both by default.
export const CONFIDENTIAL_CASE_OMIT = {
  internalNotes: true,
  contactDetails: true,
  familyDetails: true,
  riskNote: true,
} as const;

export type ConfidentialCaseColumn = keyof typeof CONFIDENTIAL_CASE_OMIT;

// Object.keys and Object.fromEntries forget which keys they hold; the casts give back exactly the keys above.
/** The confidential case columns as a list, e.g. for a test to plant a canary in each. */
export const CONFIDENTIAL_CASE_COLUMNS = Object.keys(CONFIDENTIAL_CASE_OMIT) as ConfidentialCaseColumn[];

/** Every confidential case column set to `value`. */
export function confidentialCaseValues<V>(value: V): Record<ConfidentialCaseColumn, V> {
  return Object.fromEntries(CONFIDENTIAL_CASE_COLUMNS.map((column) => [column, value])) as Record<
    ConfidentialCaseColumn,
    V
  >;
}

/** The `omit` of the few staff reads that need the confidential columns back. */
export const WITH_CONFIDENTIAL_CASE = confidentialCaseValues(false as const);

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
