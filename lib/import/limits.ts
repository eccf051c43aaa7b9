// How much one import may hold: enough for an NGO's whole register, little enough to check in seconds.
export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;
export const MAX_IMPORT_ROWS = 10_000;
