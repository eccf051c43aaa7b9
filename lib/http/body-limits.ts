// How many bytes of a request body the server will read. Ordinary forms and JSON are small (Next's own limit for
// a server action's body is 1 MB); only the spreadsheet import takes a file, with room for its multipart envelope.
import { MAX_IMPORT_BYTES } from "@/lib/import/limits";

export const MAX_FORM_BODY_BYTES = 1024 * 1024;
export const MAX_IMPORT_BODY_BYTES = MAX_IMPORT_BYTES + 64 * 1024;
/** Auth.js's sign-in and sign-out forms: a few short fields, a CSRF token and a callback URL. */
export const MAX_AUTH_BODY_BYTES = 64 * 1024;

/** The production server's limit for a request path (without its query). The import's is a little above the
 *  route's own, so that the route answers first, with the "file too big" message the import page shows. */
export function bodyLimitFor(path: string): number {
  return /^\/api\/import\/?$/.test(path) ? MAX_IMPORT_BODY_BYTES + 64 * 1024 : MAX_FORM_BODY_BYTES;
}
