/**
 * Builds both parts (web and CLI) exactly as `npm run build:test` does, into OUT_DIR; with
 * --fail-web, the web part fails as a build with an error does, after compiling everything:
 *   node tests/support/build-all.js OUT_DIR [--fail-web]
 * A child process, because webpack.config.js loads ES-module packages Jest cannot.
 */
"use strict";

const webpack = require("webpack");

const [outDir, failWeb] = process.argv.slice(2);

const failing = {
  apply(compiler) {
    compiler.hooks.afterCompile.tap("FailingPart", (compilation) => {
      compilation.errors.push(new webpack.WebpackError("this part fails on purpose"));
    });
  },
};

require("../../webpack.config.js")({ test: true, outDir }, { mode: "production" }).then((configs) => {
  if (failWeb === "--fail-web") configs.find((c) => c.name === "web").plugins.push(failing);
  webpack(configs, (error, stats) => {
    if (error) process.stderr.write(`${error}\n`);
    process.exitCode = error || stats.hasErrors() ? 1 : 0;
  });
});
