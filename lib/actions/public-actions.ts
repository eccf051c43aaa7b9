// The server actions an anonymous visitor may call, by their exported names: each proves itself without a session
// (a one-time link's password form). scripts/serve.ts refuses every other action from a caller without a signed
// session cookie, and tests/unit/public-actions.test.ts fails when an action that lets "anyone" in is not listed.
export const PUBLIC_ACTION_NAMES: readonly string[] = ["redeemTokenAction"];
