// Points the application's database client at the database the global setup prepared, and lets go of an
// embedded database when the file is done so the next test file's process can open it.
import { afterAll, inject } from "vitest";
import { closeAllPglite } from "@/lib/db/pglite";

Object.assign(process.env, inject("databaseEnv"));

afterAll(() => closeAllPglite());
