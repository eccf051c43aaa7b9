// The review queue's `after` parameter: a change id as the page wrote it. Anything else (too long, odd characters,
// several values) reads as the first page rather than an error, since it only says where to start.
import { z } from "zod";

const ZReviewCursorSchema = z.string().regex(/^[A-Za-z0-9_-]{1,100}$/);

export function reviewCursor(value: unknown): string | undefined {
  const parsed = ZReviewCursorSchema.safeParse(value);
  return parsed.success ? parsed.data : undefined;
}
