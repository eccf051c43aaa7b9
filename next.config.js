// Next.js configuration. Kept in plain JS so it loads without a build step.
import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./i18n/request.ts");

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // forbidden(): an editor who opens an admin page gets a 403 page that says so (dashboard/forbidden.tsx).
  experimental: { authInterrupts: true },
  serverExternalPackages: [
    "pg",
    "@prisma/adapter-pg",
    "@electric-sql/pglite",
    "pglite-prisma-adapter",
    "@react-pdf/renderer",
    "pdfkit",
    "fontkit",
  ],
};

export default withNextIntl(nextConfig);
