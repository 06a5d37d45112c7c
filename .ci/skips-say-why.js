#!/usr/bin/env node
/**
 * Reads a Jest run's JSON report (`jest --json --outputFile=FILE`) and fails unless the run
 * had no failures and every skipped test says why: its name, or a block's around it, carries
 * "[skipped: reason]" (tests/support/tools.ts writes it). Prints the counts and each reason.
 *   node .ci/skips-say-why.js FILE
 */
"use strict";

const fs = require("fs");

const report = JSON.parse(fs.readFileSync(process.argv[2], "utf8"));
const tests = report.testResults.flatMap((file) => file.assertionResults);
const skipped = tests.filter((t) => t.status === "pending" || t.status === "todo" || t.status === "skipped");
const reasonOf = (t) => [...t.ancestorTitles, t.title].join(" ").match(/\[skipped: ([^\]]+)\]/)?.[1];

const reasons = new Map();
for (const t of skipped) {
  const reason = reasonOf(t) ?? "NO REASON GIVEN";
  reasons.set(reason, [...(reasons.get(reason) ?? []), t.fullName]);
}

console.log(
  `${report.numPassedTests} passed, ${report.numFailedTests} failed, ${skipped.length} skipped ` +
    `(${report.numTotalTestSuites} suites, ${report.numFailedTestSuites} failed)`,
);
for (const [reason, names] of reasons) console.log(`  ${names.length} skipped: ${reason}`);
const silent = reasons.get("NO REASON GIVEN") ?? [];
for (const name of silent) console.log(`    ${name}`);

const failed = report.numFailedTests > 0 || report.numFailedTestSuites > 0 || report.numRuntimeErrorTestSuites > 0;
process.exit(failed || silent.length > 0 ? 1 : 0);
