// Length limits of the sign-in fields, shared by the form (maxLength) and the server, which refuses longer
// input before it stores or hashes anything.

/** RFC 5321's limit on an address as it travels. */
export const MAX_EMAIL_LENGTH = 254;
/** Long enough for any passphrase; short enough that hashing it costs nothing extra. */
export const MAX_PASSWORD_LENGTH = 200;
/** A recovery code is 14 characters; this leaves room for spaces and nothing more. */
export const MAX_CODE_LENGTH = 32;
