// ESLint 9 flat config: typescript-eslint recommended, the Office add-in rules of
// eslint-plugin-office-addins (its "recommended" set, also applied to .tsx), React hooks rules, and
// Prettier (office-addin-prettier-config, see .prettierrc.json) reported as warnings so that
// formatting never hides a real error; `npm run format:check` is the strict formatting gate.
import js from "@eslint/js";
import tseslint from "typescript-eslint";
import officeAddins from "eslint-plugin-office-addins";
import prettierPlugin from "eslint-plugin-prettier";
import prettierConfig from "eslint-config-prettier";
import reactHooks from "eslint-plugin-react-hooks";

// The plugin's recommended preset registers its own copy of @typescript-eslint; take its rules only,
// so that a single typescript-eslint (the project's) is loaded.
const officeRecommendedRules = Object.assign(
  {},
  ...officeAddins.configs.recommended
    .filter((c) => c.plugins?.["office-addins"])
    .map((c) => c.rules)
);

/** Where the add-in talks to Office.js. */
const OFFICE_JS_CODE = [
  "src/workbook/office/**",
  "src/commands/**",
  "src/taskpane/**",
  "src/app/**",
];

const officeJsRulesOff = Object.fromEntries(
  Object.keys(officeRecommendedRules)
    .filter((rule) => rule.startsWith("office-addins/"))
    .map((rule) => [rule, "off"])
);

/** CommonJS and Node globals for the build scripts and config files written in plain JavaScript. */
const nodeGlobals = Object.fromEntries(
  [
    "require",
    "module",
    "exports",
    "process",
    "console",
    "__dirname",
    "__filename",
    "Buffer",
    "setTimeout",
  ].map((name) => [name, "readonly"])
);

export default [
  { ignores: ["dist/**", "dist-cli/**", "coverage/**", "node_modules/**", "**/*.d.ts"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  prettierConfig,
  {
    files: ["**/*.{js,mjs,cjs,ts,tsx,mts,cts}"],
    plugins: { "office-addins": officeAddins, prettier: prettierPlugin },
    rules: {
      ...officeRecommendedRules,
      ...officeJsRulesOff,
      "prettier/prettier": ["warn", { endOfLine: "auto" }],
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_" },
      ],
    },
  },
  {
    // The load/sync rules model Office.js proxy objects: they apply where Office.js is used. Elsewhere
    // (the exceljs file adapter, the core, tests with their fakes) a `.value` read is plain data.
    files: OFFICE_JS_CODE,
    rules: Object.fromEntries(
      Object.keys(officeJsRulesOff).map((rule) => [rule, officeRecommendedRules[rule]])
    ),
  },
  {
    files: ["**/*.{ts,tsx}"],
    plugins: { "react-hooks": reactHooks },
    rules: {
      "react-hooks/rules-of-hooks": "error",
      "react-hooks/exhaustive-deps": "warn",
    },
  },
  {
    files: ["**/*.{js,cjs}"],
    languageOptions: { sourceType: "commonjs", globals: nodeGlobals },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  {
    files: ["**/*.mjs"],
    languageOptions: { globals: nodeGlobals },
  },
];
