// Four suites: unit (no I/O), integration on the real PostgreSQL server, the same integration files on
// embedded PGlite, and e2e (production build in real Chromium, on the server).
import path from "node:path";
import { defineConfig, type TestProjectInlineConfiguration } from "vitest/config";

const root = import.meta.dirname;

function integrationProject(name: string, driver: "postgres" | "pglite"): TestProjectInlineConfiguration {
  return {
    extends: true,
    test: {
      name,
      include: ["tests/integration/**/*.test.ts"],
      // Every test calls from the same address; the rate-limit tests lower these limits themselves.
      env: { HABEAS_TEST_DRIVER: driver, RATE_LIMIT_DOWNLOADS: "100000", RATE_LIMIT_HEAVY_PAGES: "100000" },
      globalSetup: ["tests/support/integration-global-setup.ts"],
      setupFiles: ["tests/support/use-provided-database.ts"],
      fileParallelism: false,
      testTimeout: 30_000,
      hookTimeout: 60_000,
    },
  };
}

export default defineConfig({
  resolve: {
    alias: {
      "@": root,
      "server-only": path.join(root, "tests/support/empty-module.ts"),
    },
  },
  test: {
    projects: [
      {
        extends: true,
        // PDF typesetting and property tests took up to 12 s each on a busy two-core machine; 5 s was too tight.
        // next-intl's middleware imports "next/server" without an extension, which only Vite's resolver finds.
        test: {
          name: "unit",
          include: ["tests/unit/**/*.test.ts"],
          testTimeout: 30_000,
          server: { deps: { inline: ["next-intl"] } },
        },
      },
      integrationProject("integration", "postgres"),
      integrationProject("integration-pglite", "pglite"),
      {
        extends: true,
        test: {
          name: "e2e",
          include: ["tests/e2e/**/*.test.ts"],
          globalSetup: ["tests/support/e2e-global-setup.ts"],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
