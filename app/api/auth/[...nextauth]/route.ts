// Auth.js endpoints: sign-in, sign-out, session and CSRF token. A request Auth.js would answer with a 500
// (a callback URL that is not a URL, a body that is not a form) gets a 400 first.
import NextAuth from "next-auth";
import type { NextRequest } from "next/server";
import { authOptions } from "@/lib/auth/options";
import { refuseMalformedAuthRequest } from "@/lib/http/refuse-malformed-auth-request";

async function handler(request: NextRequest, context: { params: Promise<{ nextauth: string[] }> }) {
  return (await refuseMalformedAuthRequest(request)) ?? NextAuth(authOptions())(request, context);
}

export { handler as GET, handler as POST };
