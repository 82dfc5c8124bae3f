/** Jest: ts-jest, node for the core and tools, jsdom for the task pane (*.test.tsx). */
const os = require("node:os");

const tsJest = [
  "ts-jest",
  // Type checking is `npm run typecheck`; tests only transpile (isolatedModules), file by file.
  {
    tsconfig: {
      jsx: "react-jsx",
      module: "commonjs",
      esModuleInterop: true,
      isolatedModules: true,
    },
    diagnostics: false,
  },
];
const common = {
  transform: { "^.+\\.(ts|tsx)$": tsJest },
  moduleFileExtensions: ["ts", "tsx", "js", "json"],
  // office-addin-mock depends on office-addin-manifest, whose dependency is ESM-only: stub it.
  moduleNameMapper: {
    "^office-addin-manifest$": "<rootDir>/tests/stubs/office-addin-manifest.js",
    "\\.(css|png|svg)$": "<rootDir>/tests/stubs/asset.js",
  },
  testPathIgnorePatterns: ["/node_modules/", "/dist/"],
  setupFiles: ["<rootDir>/tests/setup-fc.ts"],
};
module.exports = {
  // Jest's default is one worker fewer than the cores: on a 2-core runner that is one, and the whole suite then
  // runs in band on one core while the other idles. At least two workers; the main process only collects results.
  maxWorkers: Math.max(2, os.availableParallelism() - 1),
  projects: [
    {
      ...common,
      displayName: "node",
      testEnvironment: "node",
      testMatch: ["<rootDir>/tests/**/*.test.ts", "<rootDir>/src/**/*.test.ts"],
    },
    {
      ...common,
      displayName: "dom",
      testEnvironment: "jsdom",
      testMatch: ["<rootDir>/tests/**/*.test.tsx", "<rootDir>/src/**/*.test.tsx"],
      setupFilesAfterEnv: ["<rootDir>/tests/setup-dom.ts"],
    },
  ],
};
