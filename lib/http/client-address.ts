// The address a request came from. The production server (scripts/serve.ts) writes the socket's address into
// this header on every request, replacing whatever a client sent under that name. Without that server (next
// dev, tests calling route handlers) every request shares the address "unknown".
// Forwarded headers are not trusted here; a TRUSTED_PROXIES-aware address is the sign-in work's to add.
export const CLIENT_ADDRESS_HEADER = "x-habeas-client-address";

export function clientAddress(headers: Headers): string {
  return headers.get(CLIENT_ADDRESS_HEADER)?.trim() || "unknown";
}
