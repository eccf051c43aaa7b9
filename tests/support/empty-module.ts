// Stands in for `server-only` outside Next.js, where its guard has nothing to guard.
export {};
