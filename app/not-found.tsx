// The page for any address that matches nothing, or a record that is not public.
import type { Metadata } from "next";
import Link from "next/link";

export const metadata: Metadata = { title: "Page not found", description: "There is no public page at this address." };

export default function NotFound() {
  return (
    <>
      <h1 className="text-3xl font-bold">Page not found</h1>
      <p className="mt-3">There is no public page at this address. It may have moved, or it may not be published.</p>
      <p className="mt-3">
        <Link href="/cases" className="text-blue-800 underline">Browse all cases</Link>
      </p>
    </>
  );
}
