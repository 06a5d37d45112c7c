#!/usr/bin/env node
/**
 * `npm run validate`: checks the manifests offline against Microsoft's own schemas.
 *  - XML (manifest.xml and dist/manifest.xml): libxml2's xmllint against Microsoft's XSDs,
 *    vendored in vendor/office-schemas (Debian package libxml2-utils);
 *  - unified (dist/manifest.json): `office-addin-manifest validate`, whose JSON schemas
 *    ship inside the package.
 * Run a build first for the dist/ files.
 */
"use strict";

const { spawnSync } = require("child_process");
const fs = require("fs");
const path = require("path");

const root = path.resolve(__dirname, "..");
const xmlSchema = path.join(root, "vendor", "office-schemas", "OfficeAppManifestV1_1.xsd");
const xmllint = "/usr/bin/xmllint";

/** { valid, output } for one XML manifest against Microsoft's XSD. */
function validateXmlManifest(file) {
  const run = spawnSync(xmllint, ["--noout", "--schema", xmlSchema, file], { encoding: "utf8" });
  if (run.error) throw new Error(`${xmllint} could not run (apt-get install libxml2-utils): ${run.error.message}`);
  return { valid: run.status === 0, output: `${run.stdout}${run.stderr}`.trim() };
}

/** { valid, output } for one unified manifest through Microsoft's office-addin-manifest. */
function validateUnifiedManifest(file) {
  const cli = require.resolve("office-addin-manifest/cli.js", { paths: [root] });
  const run = spawnSync(process.execPath, [cli, "validate", file], { encoding: "utf8", cwd: root });
  const output = `${run.stdout}${run.stderr}`.trim();
  // A valid manifest passes silently with exit code 0; an invalid one lists "Error #n" lines.
  return { valid: run.status === 0 && !/Error #/.test(output), output };
}

module.exports = { validateUnifiedManifest, validateXmlManifest, xmlSchema };

if (require.main === module) {
  const checks = [
    ["manifest.xml", validateXmlManifest],
    ["dist/manifest.xml", validateXmlManifest],
    ["dist/manifest.json", validateUnifiedManifest],
  ];
  let failed = false;
  for (const [file, validate] of checks) {
    const full = path.join(root, file);
    if (!fs.existsSync(full)) {
      console.error(`${file}: missing (run a build first)`);
      failed = true;
      continue;
    }
    const { valid, output } = validate(full);
    console.log(`${file}: ${valid ? "valid" : `INVALID\n${output}`}`);
    failed ||= !valid;
  }
  process.exit(failed ? 1 : 0);
}
