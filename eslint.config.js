import js from "@eslint/js";
import tseslint from "typescript-eslint";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";

// Node's built-in modules: the extractor core must not import them, so that the same code runs in
// the CLI and, later, in a browser Web Worker (STYLE.md §4).
const nodeBuiltins = [
  "fs",
  "path",
  "os",
  "url",
  "crypto",
  "child_process",
  "process",
  "util",
  "stream",
];
const nodeImportBan = nodeBuiltins.flatMap((m) => [m, `node:${m}`, `${m}/*`, `node:${m}/*`]);

export default tseslint.config(
  {
    ignores: ["dist", "node_modules", "public/data", "test-results", "playwright-report", ".cache"],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      "@typescript-eslint/consistent-type-imports": "error",
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_" },
      ],
    },
  },
  {
    files: ["src/app/**/*.{ts,tsx}"],
    plugins: { "react-hooks": reactHooks },
    rules: {
      "react-hooks/rules-of-hooks": "error",
      "react-hooks/exhaustive-deps": "warn",
    },
  },
  {
    files: ["src/core/**/*.ts"],
    ignores: ["src/core/**/*.test.ts"],
    rules: {
      "no-restricted-imports": ["error", { paths: nodeImportBan, patterns: ["node:*"] }],
      "no-restricted-globals": [
        "error",
        { name: "process", message: "The core runs in a browser too." },
      ],
      "no-restricted-properties": [
        "error",
        {
          object: "Date",
          property: "now",
          message: "Stages take the reference date from the context.",
        },
      ],
    },
  },
);
