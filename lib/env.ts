// Environment variables, parsed once. A missing or malformed value stops start-up with a readable message.
import { randomBytes } from "node:crypto";
import proxyaddr from "proxy-addr";
import { z } from "zod";

const ZSecretSchema = z
  .string()
  .min(32, "NEXTAUTH_SECRET must be at least 32 characters, e.g. from `openssl rand -hex 32`");

/** Comma-separated IPs and CIDR ranges (or proxy-addr's names: loopback, linklocal, uniquelocal). */
const ZTrustedProxiesSchema = z
  .string()
  .default("")
  .transform((value) =>
    value
      .split(",")
      .map((entry) => entry.trim())
      .filter(Boolean),
  )
  .refine((list) => {
    try {
      proxyaddr.compile(list);
      return true;
    } catch {
      return false;
    }
  }, "TRUSTED_PROXIES must be a comma-separated list of IP addresses or CIDR ranges, e.g. 10.0.0.5,192.168.0.0/24");

const limitPerMinute = (name: string, fallback: number) =>
  z.preprocess(
    (value) => (value === "" ? undefined : value),
    z.coerce
      .number({ error: `${name} must be a whole number` })
      .int(`${name} must be a whole number`)
      .positive(`${name} must be at least 1`)
      .default(fallback),
  );

const ZEnvSchema = z.object({
  NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
  /** A PostgreSQL server. Without it Habeas keeps its data in an embedded PGlite database in PGLITE_DATA_DIR. */
  DATABASE_URL: z.preprocess(
    (value) => (value === "" ? undefined : value),
    z
      .string()
      .regex(/^postgres(ql)?:\/\//, "DATABASE_URL must be a postgresql:// connection URL")
      .optional(),
  ),
  /** A read replica of DATABASE_URL's database: anonymous visitors' public reads go there. */
  DATABASE_REPLICA_URL: z.preprocess(
    (value) => (value === "" ? undefined : value),
    z
      .string()
      .regex(/^postgres(ql)?:\/\//, "DATABASE_REPLICA_URL must be a postgresql:// connection URL")
      .optional(),
  ),
  PGLITE_DATA_DIR: z.preprocess((value) => (value === "" ? undefined : value), z.string().default(".data/pglite")),
  /** Whether the first start on a new PGlite folder creates the demo admin and editor. */
  DEMO_ACCOUNTS: z.enum(["on", "off"], { error: "DEMO_ACCOUNTS must be on or off" }).default("on"),
  /** The public address of the site, for absolute links: hreflang alternates, exports, feeds, the API. */
  SITE_URL: z.url(),
  NEXTAUTH_SECRET: ZSecretSchema.optional(),
  /** The reverse proxies whose X-Forwarded-For is believed. None by default: the socket's address is used. */
  TRUSTED_PROXIES: ZTrustedProxiesSchema,
  /** Per client address and minute: PDF and DOCX documents an anonymous visitor may have made. */
  RATE_LIMIT_DOWNLOADS: limitPerMinute("RATE_LIMIT_DOWNLOADS", 10),
  /** Per client address and minute: printable briefings and as-of statistics pages rendered for anonymous visitors. */
  RATE_LIMIT_HEAVY_PAGES: limitPerMinute("RATE_LIMIT_HEAVY_PAGES", 30),
});

export type TEnv = z.infer<typeof ZEnvSchema> & { NEXTAUTH_SECRET: string };

export function parseEnv(source: Record<string, string | undefined>): TEnv {
  // Unset, the address is this machine on the port the server listens on, so sign-in redirects and exported
  // links work for `PORT=… npm start` too.
  const result = ZEnvSchema.safeParse({
    ...source,
    SITE_URL: source.SITE_URL || `http://localhost:${source.PORT || 3000}`,
  });
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `  - ${issue.path.join(".")}: ${issue.message}`).join("\n");
    throw new Error(`Invalid environment configuration:\n${problems}`);
  }
  if (result.data.DATABASE_REPLICA_URL && !result.data.DATABASE_URL) {
    throw new Error(
      "Invalid environment configuration:\n  - DATABASE_REPLICA_URL: a read replica needs DATABASE_URL, its primary",
    );
  }
  const { NEXTAUTH_SECRET, ...rest } = result.data;
  if (NEXTAUTH_SECRET) return { ...rest, NEXTAUTH_SECRET };
  if (rest.NODE_ENV === "production") {
    throw new Error(
      "Invalid environment configuration:\n  - NEXTAUTH_SECRET: required in production, e.g. from `openssl rand -hex 32`",
    );
  }
  // Outside production a per-process secret keeps sign-in working; sessions end when the process restarts.
  return { ...rest, NEXTAUTH_SECRET: randomBytes(32).toString("hex") };
}

let cached: TEnv | undefined;

export function env(): TEnv {
  cached ??= parseEnv(process.env);
  return cached;
}
