// Auth.js (next-auth v4) configuration: email, password and an optional second factor, JWT sessions.
import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { env } from "@/lib/env";
import { authenticate, SignInError } from "./authenticate";

function clientIp(headers: Record<string, string | string[] | undefined> | undefined): string {
  const forwarded = headers?.["x-forwarded-for"];
  const first = (Array.isArray(forwarded) ? forwarded[0] : forwarded)?.split(",")[0]?.trim();
  return first || "unknown";
}

export function authOptions(): NextAuthOptions {
  const config = env();
  process.env.NEXTAUTH_URL ??= config.SITE_URL;
  return {
    secret: config.NEXTAUTH_SECRET,
    session: { strategy: "jwt", maxAge: 12 * 60 * 60 },
    pages: { signIn: "/en/sign-in" },
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
              ip: clientIp(request?.headers),
            });
            return { id: user.id, email: user.email, name: user.name, sessionVersion: user.sessionVersion };
          } catch (error) {
            // Auth.js passes the message on to the sign-in form as its error code.
            if (error instanceof SignInError) throw new Error(error.reason, { cause: error });
            throw error;
          }
        },
      }),
    ],
    callbacks: {
      jwt({ token, user }) {
        if (user) token.sv = (user as { sessionVersion?: number }).sessionVersion ?? 0;
        return token;
      },
      session({ session, token }) {
        return { ...session, userId: token.sub, sv: token.sv };
      },
    },
  };
}
