/** Jest runs the TypeScript tests directly through ts-jest. `npm test` builds dist/ first (pretest). */
module.exports = {
  preset: "ts-jest",
  testEnvironment: "node",
  roots: ["<rootDir>/tests"],
  testMatch: ["**/*.test.ts"],
};
