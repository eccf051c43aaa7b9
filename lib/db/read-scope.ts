// Marks the reads that may go to the read replica: only the shared public reads, run inside readFromReplica().
// Everything else (the staff data layer, writes, transactions, scripts) reads the primary, so an editor always
// sees their own writes. The scope lives on globalThis because the HTTP server and Next's compiled code each
// load their own copy of this module in one process.
import { AsyncLocalStorage } from "node:async_hooks";

const KEY = Symbol.for("habeas.replicaReadScope");
const store = globalThis as typeof globalThis & { [KEY]?: AsyncLocalStorage<true> };
const scope = (store[KEY] ??= new AsyncLocalStorage<true>());

export function readFromReplica<T>(read: () => Promise<T>): Promise<T> {
  return scope.run(true, read);
}

export function mayReadFromReplica(): boolean {
  return scope.getStore() === true;
}

/** Runs `work` on the primary even inside readFromReplica, for the few writes a public read must make first. */
export function onPrimary<T>(work: () => Promise<T>): Promise<T> {
  return scope.exit(work);
}
