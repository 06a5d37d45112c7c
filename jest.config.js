/**
 * Jest runs the TypeScript tests directly through ts-jest, in three projects by what they need:
 *  - unit:    the engine, adapters and task pane code from source, no build (`npm run test:unit`);
 *  - built:   the built dist/: bundle, manifests, help pages, CLI, production builds;
 *  - browser: dist/ in headless Chromium, and behind nginx.
 * `npm test` builds dist/ first (pretest) and runs all three.
 */
const { productionNamespace } = require("./scripts/addin-manifests");

const common = {
  preset: "ts-jest",
  testEnvironment: "node",
  testMatch: ["**/*.test.ts"],
  // What webpack's DefinePlugin writes into a build; tests from source see production's.
  globals: { AIPAY_FUNCTION_NAMESPACE: productionNamespace },
  moduleNameMapper: {
    // office-addin-mock needs only the OfficeApp enum; the package's main module pulls in
    // an ES-module-only dependency that Jest's CommonJS runtime cannot load.
    "^office-addin-manifest$": "<rootDir>/node_modules/office-addin-manifest/lib/officeApp.js",
  },
};

module.exports = {
  projects: ["unit", "built", "browser"].map((layer) => ({
    ...common,
    displayName: layer,
    roots: [`<rootDir>/tests/${layer}`],
  })),
};
