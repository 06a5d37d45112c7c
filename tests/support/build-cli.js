/**
 * Builds the CLI exactly as `npm run build` does, but with the dataset loader's ../../data/
 * files taken from another directory (a test's corrupted copy):
 *   node tests/support/build-cli.js DATA_DIR OUT_DIR
 * A child process, because webpack.config.js loads ES-module packages Jest cannot.
 */
"use strict";

const path = require("path");
const webpack = require("webpack");

const [dataDir, outDir] = process.argv.slice(2);

require("../../webpack.config.js")({ test: true }, { mode: "production" }).then((configs) => {
  const cli = configs.find((c) => c.name === "cli");
  const replaceData = new webpack.NormalModuleReplacementPlugin(/^\.\.\/\.\.\/data\/.+\.json$/, (resource) => {
    resource.request = path.join(dataDir, path.basename(resource.request));
  });
  const config = {
    ...cli,
    context: path.resolve(__dirname, "../.."),
    output: { ...cli.output, path: outDir },
    plugins: [...cli.plugins, replaceData],
  };
  webpack(config, (error, stats) => {
    if (error || stats.hasErrors()) process.stderr.write(`${error ?? stats.toString("errors-only")}\n`);
    process.exitCode = error || stats.hasErrors() ? 1 : 0;
  });
});
