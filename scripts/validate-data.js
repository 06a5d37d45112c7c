/**
 * Validates the dataset the bundle is built from, with the engine's own loader and schema
 * (src/engine/data/dataset.ts), so a corrupt file fails the build instead of shipping:
 *   node scripts/validate-data.js [dataDir] [--print]
 * exits 0 when valid, else 1 and the problems; --print writes the validated dataset to
 * stdout as JSON. `dataDir` (src/data by default) stands in for the loader's ../../data/
 * imports, which lets tests check corrupted copies. DatasetValidationPlugin runs it in a child
 * process, so each build reads the files afresh and the TypeScript hook stays out of webpack's
 * own process; it embeds the printed dataset in the web bundles, which then load it without
 * checking it again (src/engine/data/bundled-dataset.web.ts). A webpack layer may be given a
 * smaller copy: functions.js carries the dataset without what only the task pane reads
 * (scripts/functions-dataset.js).
 */
"use strict";

const { spawnSync } = require("child_process");
const fs = require("fs");
const Module = require("module");
const path = require("path");

const root = path.resolve(__dirname, "..");
const defaultDataDir = path.join(root, "src", "data");

/**
 * Loads src/engine/data/dataset.ts with ../../data/ read from `dataDir` and validates it:
 * returns the validated dataset, or the problems.
 */
function checkDataset(dataDir) {
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
    // As TypeScript resolves them: "./x" is x.ts, or a folder's x/index.ts (core/messages).
    if (request.startsWith(".") && !path.extname(request)) {
      const file = path.resolve(path.dirname(parent.filename), request);
      request += fs.existsSync(`${file}.ts`) ? ".ts" : "/index.ts";
    }
    return resolve.call(this, request, parent, ...rest);
  };
  const { validateDataset, bundledRawDataset, DatasetError } = require(path.join(root, "src/engine/data/dataset.ts"));
  try {
    return { dataset: validateDataset(bundledRawDataset) };
  } catch (error) {
    if (error instanceof DatasetError) return { problems: error.message };
    throw error;
  }
}

/** The code AIPAY_VALIDATED_DATASET stands for: a string literal of the dataset's JSON text. */
const stampOf = (dataset) => JSON.stringify(JSON.stringify(dataset));

/**
 * Fails the compilation, in one readable message with each field's path, when the dataset is
 * invalid; otherwise defines AIPAY_VALIDATED_DATASET as the validated dataset's JSON text.
 * `layers` maps a webpack layer to the part of the dataset its modules are given (a function
 * of the validated dataset); modules in no listed layer are given all of it.
 */
class DatasetValidationPlugin {
  constructor({ dataDir = defaultDataDir, layers = {} } = {}) {
    this.dataDir = dataDir;
    this.layers = layers;
    this.stamps = null; // by layer, and "" for the rest; null while the data is invalid
  }

  stampFor(layer) {
    if (!this.stamps) return "undefined";
    return this.stamps.get(layer) ?? this.stamps.get("");
  }

  apply(compiler) {
    const { DefinePlugin, WebpackError } = compiler.webpack;
    // Not cached: each compilation embeds what its own check passed.
    const stamp = DefinePlugin.runtimeValue(({ module }) => this.stampFor(module.layer ?? ""), true);
    new DefinePlugin({ AIPAY_VALIDATED_DATASET: stamp }).apply(compiler);
    compiler.hooks.thisCompilation.tap("DatasetValidationPlugin", (compilation) => {
      compilation.contextDependencies.add(this.dataDir); // a watch rebuild re-checks edited data
      const run = spawnSync(process.execPath, [__filename, this.dataDir, "--print"], { encoding: "utf8" });
      this.stamps = null;
      if (run.status === 0) {
        // Parsed here, so that anything else on stdout fails the build rather than the add-in's start.
        const dataset = JSON.parse(run.stdout);
        const parts = Object.entries(this.layers).map(([layer, part]) => [layer, stampOf(part(dataset))]);
        this.stamps = new Map([["", stampOf(dataset)], ...parts]);
        return;
      }
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
  const print = process.argv.includes("--print");
  const [dataDir = defaultDataDir] = process.argv.slice(2).filter((arg) => arg !== "--print");
  let checked;
  try {
    checked = checkDataset(path.resolve(dataDir));
  } catch (error) {
    checked = { problems: `The AIPAY dataset could not be read: ${error.message}` };
  }
  if (checked.problems) process.stderr.write(`${checked.problems}\n`);
  else if (print) process.stdout.write(JSON.stringify(checked.dataset));
  process.exitCode = checked.problems ? 1 : 0;
}

module.exports = { DatasetValidationPlugin };
