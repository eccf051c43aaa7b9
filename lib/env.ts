// Environment variables, parsed once. A missing or malformed value stops start-up with a readable message.
import { z } from "zod";

const ZEnvSchema = z.object({
  NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
  DATABASE_URL: z.preprocess(
    (value) => (value === "" ? undefined : value),
    z
      .string({ error: "DATABASE_URL is required, e.g. postgresql://postgres@127.0.0.1:5432/habeas" })
      .regex(/^postgres(ql)?:\/\//, "DATABASE_URL must be a postgresql:// connection URL"),
  ),
  /** The public address of the site, for absolute links such as hreflang alternates. */
  SITE_URL: z.url().default("http://localhost:3000"),
});

export type TEnv = z.infer<typeof ZEnvSchema>;

export function parseEnv(source: Record<string, string | undefined>): TEnv {
  const result = ZEnvSchema.safeParse(source);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `  - ${issue.path.join(".")}: ${issue.message}`).join("\n");
    throw new Error(`Invalid environment configuration:\n${problems}`);
  }
  return result.data;
}

let cached: TEnv | undefined;

export function env(): TEnv {
  cached ??= parseEnv(process.env);
  return cached;
}
