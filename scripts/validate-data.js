/**
 * Validates the dataset the bundle is built from, with the engine's own loader and schema
 * (src/engine/data/dataset.ts), so a corrupt file fails the build instead of shipping:
 *   node scripts/validate-data.js [dataDir]     exit 0 when valid, else 1 and the problems
 * `dataDir` (src/data by default) stands in for the loader's ../../data/ imports, which lets
 * tests check corrupted copies. DatasetValidationPlugin runs it in a child process, so each
 * build reads the files afresh and the TypeScript hook stays out of webpack's own process.
 */
"use strict";

const { spawnSync } = require("child_process");
const fs = require("fs");
const Module = require("module");
const path = require("path");

const root = path.resolve(__dirname, "..");
const defaultDataDir = path.join(root, "src", "data");

/** Loads src/engine/data/dataset.ts with ../../data/ read from `dataDir`, and returns its problems ("" when valid). */
function datasetProblems(dataDir) {
  const ts = require("typescript");
  require.extensions[".ts"] = (module, filename) => {
    const { outputText } = ts.transpileModule(fs.readFileSync(filename, "utf8"), {
      compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2020, esModuleInterop: true },
      fileName: filename,
    });
    module._compile(outputText, filename);
  };
  const resolve = Module._resolveFilename;
  Module._resolveFilename = function (request, parent, ...rest) {
    if (request.startsWith("../../data/")) return path.join(dataDir, path.basename(request));
    if (request.startsWith(".") && !path.extname(request)) request += ".ts";
    return resolve.call(this, request, parent, ...rest);
  };
  const { validateDataset, bundledRawDataset, DatasetError } = require(path.join(root, "src/engine/data/dataset.ts"));
  try {
    validateDataset(bundledRawDataset);
    return "";
  } catch (error) {
    if (error instanceof DatasetError) return error.message;
    throw error;
  }
}

/** Fails the compilation, in one readable message with each field's path, when the dataset is invalid. */
class DatasetValidationPlugin {
  constructor({ dataDir = defaultDataDir } = {}) {
    this.dataDir = dataDir;
  }

  apply(compiler) {
    const { WebpackError } = compiler.webpack;
    compiler.hooks.thisCompilation.tap("DatasetValidationPlugin", (compilation) => {
      compilation.contextDependencies.add(this.dataDir); // a watch rebuild re-checks edited data
      const run = spawnSync(process.execPath, [__filename, this.dataDir], { encoding: "utf8" });
      if (run.status === 0) return;
      const error = new WebpackError(
        (run.stderr || run.error?.message || "the dataset check failed").trim() +
          `\n(checked ${path.relative(root, this.dataDir) || "."} with scripts/validate-data.js)`,
      );
      error.hideStack = true;
      compilation.errors.push(error);
    });
  }
}

if (require.main === module) {
  let problems;
  try {
    problems = datasetProblems(path.resolve(process.argv[2] ?? defaultDataDir));
  } catch (error) {
    problems = `The AIPAY dataset could not be read: ${error.message}`;
  }
  if (problems) process.stderr.write(`${problems}\n`);
  process.exitCode = problems ? 1 : 0;
}

module.exports = { DatasetValidationPlugin };
