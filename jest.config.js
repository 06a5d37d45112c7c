/** Jest runs the TypeScript tests directly through ts-jest. `npm test` builds dist/ first (pretest). */
module.exports = {
  preset: "ts-jest",
  testEnvironment: "node",
  roots: ["<rootDir>/tests"],
  testMatch: ["**/*.test.ts"],
  moduleNameMapper: {
    // office-addin-mock needs only the OfficeApp enum; the package's main module pulls in
    // an ES-module-only dependency that Jest's CommonJS runtime cannot load.
    "^office-addin-manifest$": "<rootDir>/node_modules/office-addin-manifest/lib/officeApp.js",
  },
};
