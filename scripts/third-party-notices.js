/**
 * THIRD-PARTY-NOTICES.txt beside each bundle, from the licences of the packages webpack
 * actually bundled (webpack-license-plugin reads each one's package.json and LICENSE
 * file), so the notice cannot drift from the bundle. A licence outside the permissive list
 * fails the build. Licence texts come only from the installed packages: no network.
 */
"use strict";

const LicensePlugin = require("webpack-license-plugin");

const permissive = new Set(["MIT", "ISC", "BSD-2-Clause", "BSD-3-Clause", "Apache-2.0", "0BSD"]);

const heading = ({ name, version, license }) => `${name} ${version} (${license})`;

/** A list of the packages, then each one's heading, repository and licence text. */
function noticesText(packages) {
  const list = packages.map((p) => `- ${heading(p)}`).join("\n");
  const sections = packages.map((p) => [heading(p), p.repository ?? "", "", (p.licenseText ?? "").trim()].join("\n"));
  const intro = "AIPAY bundles the following third-party packages. Their licences follow.";
  return `${[`${intro}\n\n${list}`, ...sections].join("\n\n---\n\n")}\n`;
}

const thirdPartyNotices = () =>
  new LicensePlugin({
    outputFilename: "third-party-licenses.json",
    additionalFiles: { "THIRD-PARTY-NOTICES.txt": noticesText },
    unacceptableLicenseTest: (license) => !permissive.has(license),
  });

module.exports = { thirdPartyNotices };
