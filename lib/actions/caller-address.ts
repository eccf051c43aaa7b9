// The address of whoever called a server action, for the audit log and sign-in counters. Outside a request
// (a test calling the action directly) there is no caller address to read.
import "server-only";
import { headers } from "next/headers";
import { clientAddress } from "@/lib/http/client-address";

export async function callerAddress(): Promise<string> {
  try {
    return clientAddress(await headers());
  } catch {
    return "unknown";
  }
}
