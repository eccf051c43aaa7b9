// ESLint flat config: JavaScript's and typescript-eslint's recommended rules, React's hooks rules and Next's
// own rules. Formatting is Prettier's job, so no rule here is about layout.
import js from "@eslint/js";
import nextPlugin from "@next/eslint-plugin-next";
import reactHooks from "eslint-plugin-react-hooks";
import { defineConfig, globalIgnores } from "eslint/config";
import globals from "globals";
import tseslint from "typescript-eslint";

export default defineConfig(
  globalIgnores([
    ".next/**",
    "lib/generated/**",
    "next-env.d.ts",
    "coverage/**",
    "test-results/**",
    "tests/artifacts/**",
    ".data/**",
    "backups/**",
    "public/**",
  ]),
  js.configs.recommended,
  tseslint.configs.recommended,
  reactHooks.configs.flat["recommended-latest"],
  nextPlugin.configs["core-web-vitals"],
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    linterOptions: { reportUnusedDisableDirectives: "error" },
    rules: {
      // A leading underscore marks a value that is deliberately unused: a key dropped by destructuring
      // (`{ secret: _, ...rest }`), a loop that only drains an iterator.
      "@typescript-eslint/no-unused-vars": [
        "error",
        {
          argsIgnorePattern: "^_",
          varsIgnorePattern: "^_",
          destructuredArrayIgnorePattern: "^_",
          ignoreRestSiblings: true,
        },
      ],
      // Hostile-input code matches control characters on purpose (NUL bytes, escapes in logs).
      "no-control-regex": "off",
    },
  },
  {
    // Tests, benchmarks and scripts hold no React components; vitest helpers named use…() are not hooks.
    files: ["tests/**", "bench/**", "scripts/**"],
    rules: { "react-hooks/rules-of-hooks": "off" },
  },
);
