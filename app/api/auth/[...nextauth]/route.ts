// Auth.js endpoints: sign-in, sign-out, session and CSRF token. A body Auth.js would choke on gets a 400.
import NextAuth from "next-auth";
import { authOptions } from "@/lib/auth/options";
import { refuseMalformedAuthBody } from "@/lib/http/refuse-malformed-auth-body";

async function handler(request: Request, context: { params: Promise<{ nextauth: string[] }> }) {
  return (await refuseMalformedAuthBody(request)) ?? NextAuth(authOptions())(request, context);
}

export { handler as GET, handler as POST };
