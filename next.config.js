// Next.js configuration. Kept in plain JS so it loads without a build step.
/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  serverExternalPackages: ["pg", "@prisma/adapter-pg"],
};

export default nextConfig;
