// A response body from an async generator of text chunks: pulled one chunk at a time, so a slow reader holds the
// database reads back, and a reader who goes away stops the generator (and its batch reads) at once.
import { logError } from "@/lib/log/log-error";

/** `what` names the export in the log line if a later chunk fails, after the headers have been sent. */
export function textStream(chunks: AsyncGenerator<string>, what: string): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        const next = await chunks.next();
        if (next.done) controller.close();
        else controller.enqueue(encoder.encode(next.value));
      } catch (error) {
        logError(`${what} failed mid-stream`, error);
        controller.error(error);
      }
    },
    async cancel() {
      await chunks.return(undefined);
    },
  });
}
