// Row ids for writes that bypass Prisma's create (multi-row INSERTs): the shape Prisma's @default(cuid()) gives,
// "c", the time, a counter and random characters in base 36, so ids written either way look and sort alike.
import { randomBytes } from "node:crypto";

let counter = 0;
const BLOCK = 36 ** 4;
const pad = (value: number, width: number) => value.toString(36).padStart(width, "0").slice(-width);

export function newId(): string {
  counter = (counter + 1) % BLOCK;
  const random = randomBytes(8).readBigUInt64BE() % 36n ** 12n;
  return `c${pad(Date.now(), 8)}${pad(counter, 4)}${random.toString(36).padStart(12, "0")}`;
}
