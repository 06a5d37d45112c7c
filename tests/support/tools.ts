/**
 * Tests that can run only where something is present: a program from Debian (xmllint, nginx,
 * chromium, faketime), which .ci/run installs, or a file outside the repository. A skipped
 * block or test carries its reason in its name, "[skipped: …]", so the reason shows wherever
 * the test is listed; .ci/skips-say-why.js fails CI on any skipped test whose name has none.
 */
import * as fs from "node:fs";

type Block = (name: string, body: () => void) => void;
type Test = (name: string, body: jest.ProvidesCallback, timeout?: number) => void;

/** `describe` when the condition holds; otherwise `describe.skip`, the reason in the block's name. */
export function describeIf(condition: boolean, reason: string): Block {
  if (condition) return describe;
  console.warn(`SKIPPED: ${reason}`);
  return (name, body) => describe.skip(`${name} [skipped: ${reason}]`, body);
}

/** `test` when the condition holds; otherwise `test.skip`, the reason in the test's name. */
export function testIf(condition: boolean, reason: string): Test {
  if (condition) return test;
  return (name, body, timeout) => test.skip(`${name} [skipped: ${reason}]`, body, timeout);
}

/** Skipped where the program is missing, but never in CI, where a missing tool fails the run instead. */
export function describeWithTool(tool: string, debianPackage: string): Block {
  return describeIf(fs.existsSync(tool) || Boolean(process.env.CI), `needs ${tool} (apt-get install ${debianPackage})`);
}
