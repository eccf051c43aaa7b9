// Auth.js (next-auth v4) configuration: email, password and an optional second factor, JWT sessions that the
// server can revoke (lib/auth/session-revocation.ts).
import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { env } from "@/lib/env";
import { clientAddress } from "@/lib/http/client-address";
import { authenticate, SignInError } from "./authenticate";
import { revokeSessions, sessionIsCurrent } from "./session-revocation";
import { safeRedirect } from "./safe-redirect";

/** Thrown by the jwt callback; Auth.js then answers "no session" and clears the cookie. */
const REVOKED = "session-revoked";

export function authOptions(): NextAuthOptions {
  const config = env();
  process.env.NEXTAUTH_URL ??= config.SITE_URL;
  return {
    secret: config.NEXTAUTH_SECRET,
    session: { strategy: "jwt", maxAge: 12 * 60 * 60 },
    // The error page shows one fixed message, whatever the error parameter in its address says.
    pages: { signIn: "/en/sign-in", error: "/en/sign-in/error" },
    providers: [
      CredentialsProvider({
        name: "Email and password",
        credentials: { email: {}, password: {}, code: {} },
        async authorize(credentials, request) {
          try {
            const user = await authenticate({
              email: String(credentials?.email ?? ""),
              password: String(credentials?.password ?? ""),
              code: credentials?.code ? String(credentials.code) : undefined,
              ip: clientAddress(request?.headers ?? {}),
            });
            return { id: user.id, email: user.email, name: user.name, sessionVersion: user.sessionVersion };
          } catch (error) {
            // Auth.js passes this message to the browser as the error code, so it is only ever one of ours:
            // a database or Prisma message stays in the server's log.
            if (error instanceof SignInError) throw new Error(error.reason, { cause: error });
            console.error(
              "Sign-in failed:",
              JSON.stringify(error instanceof Error ? `${error.name}: ${error.message}` : String(error)),
            );
            throw new Error("unavailable", { cause: error });
          }
        },
      }),
    ],
    callbacks: {
      redirect: safeRedirect,
      async jwt({ token, user }) {
        if (user) {
          token.sv = (user as { sessionVersion?: number }).sessionVersion ?? 0;
          return token;
        }
        if (!(await sessionIsCurrent(token.sub, token.sv))) throw new Error(REVOKED);
        return token;
      },
      session({ session, token }) {
        return { ...session, userId: token.sub, sv: token.sv };
      },
    },
    events: {
      async signOut({ token }) {
        await revokeSessions(token?.sub, token?.sv);
      },
    },
    logger: {
      error(code, metadata) {
        // A revoked cookie is expected, not an error worth a stack trace.
        if (code === "JWT_SESSION_ERROR" && metadata instanceof Error && metadata.message === REVOKED) return;
        console.error(`[next-auth][error][${code}]`, metadata);
      },
    },
  };
}
