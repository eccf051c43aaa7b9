// A counter that moves on with every editor change to public records. It lives on globalThis because the
// HTTP server and Next's compiled route code each load their own copy of this module in one process.
const KEY = Symbol.for("habeas.publicGeneration");
const store = globalThis as typeof globalThis & { [KEY]?: number };

export function publicGeneration(): number {
  return store[KEY] ?? 0;
}

export function advancePublicGeneration(): void {
  store[KEY] = publicGeneration() + 1;
}
