// `npm run user:create -- --email a@b.org --role admin [--name "A B"]`: creates an account.
// The password is asked for without echo, or read from standard input when it is piped.
import { createInterface } from "node:readline";
import { parseArgs } from "node:util";
import { createPrismaClient } from "@/lib/db/create-client";
import { databaseTarget } from "@/lib/db/target";
import { AppError } from "@/lib/errors";
import { createUser } from "@/lib/server/internal/create-user";
import { ZNewUserSchema } from "@/lib/validations/user";
import { runScript } from "./run-script";

async function readPassword(): Promise<string> {
  if (!process.stdin.isTTY) {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString("utf8").split(/\r?\n/)[0] ?? "";
  }
  const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: true });
  const muted = rl as unknown as { _writeToOutput: (s: string) => void };
  process.stdout.write("Password (at least 12 characters): ");
  muted._writeToOutput = () => undefined;
  const password = await new Promise<string>((resolve) => rl.question("", resolve));
  rl.close();
  process.stdout.write("\n");
  return password;
}

runScript(async () => {
  const { values } = parseArgs({
    options: { email: { type: "string" }, role: { type: "string", default: "editor" }, name: { type: "string" } },
  });
  const parsed = ZNewUserSchema.safeParse({
    email: values.email,
    name: values.name ?? values.email,
    role: values.role?.toUpperCase(),
    password: await readPassword(),
  });
  if (!parsed.success) {
    throw new AppError("INVALID_INPUT", parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; "));
  }
  const db = createPrismaClient(databaseTarget());
  try {
    const id = await db.$transaction((tx) => createUser(tx, parsed.data, null));
    console.log(`Created ${parsed.data.role.toLowerCase()} ${parsed.data.email} (${id}).`);
    if (parsed.data.role === "ADMIN")
      console.log("Sign in and set up two-factor sign-in before using admin functions.");
  } finally {
    await db.$disconnect();
  }
}, [AppError]);
