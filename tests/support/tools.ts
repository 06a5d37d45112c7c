/**
 * Tests that drive a program from Debian (xmllint, nginx, chromium, faketime) need it on the
 * machine; .ci/run installs them. Elsewhere such a test is skipped with a message naming the
 * package, but never in CI, where a missing tool fails the run instead of hiding a test.
 */
import * as fs from "node:fs";

export function describeWithTool(tool: string, debianPackage: string): jest.Describe {
  if (fs.existsSync(tool) || process.env.CI) return describe;
  console.warn(`SKIPPED: this test needs ${tool} (apt-get install ${debianPackage}).`);
  return describe.skip;
}
