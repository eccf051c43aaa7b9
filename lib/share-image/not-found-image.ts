// The answer for the share image of a page that does not exist or is not public: a plain 404, never cached.
export function notFoundImage(): Response {
  return new Response("Not found", {
    status: 404,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
  });
}
