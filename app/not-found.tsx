// Addresses outside any language prefix that still reach Next.js (files, mostly) end here.
import Link from "next/link";
import "./globals.css";

export default function GlobalNotFound() {
  return (
    <html lang="en">
      <body className="p-8 font-sans">
        <h1 className="text-3xl font-bold">Page not found</h1>
        <p className="mt-3">
          <Link href="/" className="text-blue-800 underline">
            Habeas
          </Link>
        </p>
      </body>
    </html>
  );
}
