/* eslint-disable no-undef */
/**
 * Two builds:
 *  - web: the shared-runtime page (taskpane.html loads functions.js + taskpane.js),
 *    functions.json generated from JSDoc, manifest and icons  -> dist/
 *  - cli: the Node command line tool                        -> dist/cli/aipay.js
 *
 * Production builds (npm run build) are addressed to AIPAY_URL, and refuse to build
 * without it; `npm run build:test` (--env test) addresses them to a host that never
 * resolves; development builds to the dev server. Only `webpack serve` touches certificates.
 */
const crypto = require("crypto");
const fs = require("fs");
const os = require("os");
const path = require("path");
const webpack = require("webpack");
const { stripReferenceProse } = require("./scripts/strip-reference-prose");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const { helpPages } = require("./scripts/help-page");
const { namespaceOf, productionNamespace, targetManifestXml, unifiedManifest } = require("./scripts/addin-manifests");
const { addinUrlProblem } = require("./scripts/addin-url");
const { supportContact } = require("./scripts/support-contact");
const { StagedOutput } = require("./scripts/staged-output");
const { DatasetValidationPlugin } = require("./scripts/validate-data");
const { functionsDataset } = require("./scripts/functions-dataset");
const { thirdPartyNotices } = require("./scripts/third-party-notices");

const packageConfig = require("./package.json").config;
const port = Number(packageConfig.dev_server_port) || 3000;
const urlDev = `https://localhost:${port}/`;
const officeJsCdn = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
// What `npm test` builds: production code and manifests, addressed to a host that can never
// resolve (RFC 2606), so a test build cannot be deployed by mistake.
const urlTestBuild = "https://aipay.invalid/";

/**
 * Where a build's dist/ will be served from, and the add-in Id and functions' namespace it
 * installs as. Production builds take the address from AIPAY_URL (in the environment or
 * `--env AIPAY_URL=…`) and refuse to guess it, or to take one users cannot reach
 * (scripts/addin-url.js). A test build (`--env test`) is addressed to a reserved host:
 * https://aipay.invalid/, or the one `--env AIPAY_URL=…` names (never the environment's, so an
 * exported AIPAY_URL stays out of `npm test`). Development serves from the dev server under the
 * dev manifest's own Id and namespace.
 */
function buildTarget(dev, env) {
  const test = dev || Boolean(env.test);
  const contact = () => {
    try {
      return supportContact(packageConfig.support_contact, { test });
    } catch (error) {
      throw new BuildError(error.message);
    }
  };
  const listing = { marketplaceAssetId: packageConfig.marketplace_asset_id };
  if (dev)
    return {
      url: urlDev,
      namespace: namespaceOf(fs.readFileSync("manifest.xml", "utf8")),
      unifiedId: packageConfig.dev_unified_addin_id,
      contact: contact(),
      ...listing,
    };
  const production = {
    id: packageConfig.production_addin_id,
    unifiedId: packageConfig.production_unified_addin_id,
    namespace: productionNamespace,
    ...listing,
  };
  const url = env.test ? env.AIPAY_URL || urlTestBuild : env.AIPAY_URL || process.env.AIPAY_URL;
  const howTo =
    "Set AIPAY_URL to the HTTPS address dist/ will be served from, ending in '/', e.g.\n  AIPAY_URL=https://<your host>/aipay/ npm run build";
  if (!url) throw new BuildError(`A production build needs AIPAY_URL. ${howTo}`);
  const problem = addinUrlProblem(url, { test });
  if (problem) throw new BuildError(`AIPAY_URL "${url}" ${problem}. ${howTo}`);
  return { ...production, url, contact: contact() };
}

/** A configuration mistake: webpack-cli prints its message, and a stack would only hide it. */
class BuildError extends Error {
  constructor(message) {
    super(message);
    this.stack = `Error: ${message}`;
  }
}

/**
 * Content-Security-Policy for the page. Inline styles are allowed because the
 * Excel parts of office.js inject them; office.js loads its other files from its
 * own host, so the CDN host is enough for scripts. In development the dev
 * server's live-reload client also needs its websocket.
 */
function contentSecurityPolicy(dev) {
  const connect = dev ? `'self' wss://localhost:${port}` : "'self'";
  return [
    "default-src 'self'",
    "script-src 'self' https://appsforoffice.microsoft.com",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    `connect-src ${connect}`,
    "object-src 'none'",
    "base-uri 'self'",
  ].join("; ");
}

/** HTTPS options for the dev server (only called by `webpack serve`). */
async function httpsOptions() {
  const devCerts = require("office-addin-dev-certs");
  if (process.platform === "win32" || process.platform === "darwin") {
    // Generates the certificates and installs the CA as trusted (may prompt once).
    return devCerts.getHttpsServerOptions();
  }
  // Linux/CI: the library cannot install a trusted CA here, so only make sure
  // the files exist in its default directory; the browser has to trust them.
  const dir = path.join(os.homedir(), ".office-addin-dev-certs");
  const files = {
    ca: path.join(dir, "ca.crt"),
    cert: path.join(dir, "localhost.crt"),
    key: path.join(dir, "localhost.key"),
  };
  const missing = Object.values(files).some((f) => !fs.existsSync(f));
  const expired = !missing && new Date(new crypto.X509Certificate(fs.readFileSync(files.cert)).validTo) <= new Date();
  if (missing || expired) {
    // generateCertificates() skips writing when ca.crt exists, so clear stale files first.
    for (const f of Object.values(files)) fs.rmSync(f, { force: true });
    await devCerts.generateCertificates(files.ca, files.cert, files.key);
  }
  return {
    ca: fs.readFileSync(files.ca),
    cert: fs.readFileSync(files.cert),
    key: fs.readFileSync(files.key),
  };
}

/**
 * Addresses the build to its target: every dev-server URL in manifest.xml and functions.json
 * (the @helpurl links) becomes the target's, with the production Id and name where it has
 * one; then the unified manifest.json is made from those two files.
 */
class AddinManifestsPlugin {
  constructor(target) {
    this.target = target;
  }

  apply(compiler) {
    compiler.hooks.thisCompilation.tap("AddinManifestsPlugin", (compilation) => {
      const stage = webpack.Compilation.PROCESS_ASSETS_STAGE_OPTIMIZE; // after copies and generated metadata
      compilation.hooks.processAssets.tap({ name: "AddinManifestsPlugin", stage }, (assets) => {
        const text = (name) => assets[name].source().toString();
        const xml = targetManifestXml(text("manifest.xml"), { urlDev, ...this.target });
        const functionsJson = text("functions.json").replaceAll(urlDev, this.target.url);
        const { unifiedId: id, marketplaceAssetId } = this.target;
        const unified = unifiedManifest(xml, JSON.parse(functionsJson), { id, marketplaceAssetId });
        compilation.updateAsset("manifest.xml", new webpack.sources.RawSource(xml));
        compilation.updateAsset("functions.json", new webpack.sources.RawSource(functionsJson));
        compilation.emitAsset("manifest.json", new webpack.sources.RawSource(`${JSON.stringify(unified, null, 2)}\n`));
      });
    });
  }
}

/** Marks emitted files executable (the CLI bin); no-op where chmod means nothing. */
class MakeExecutablePlugin {
  apply(compiler) {
    compiler.hooks.afterEmit.tap("MakeExecutablePlugin", (compilation) => {
      for (const name of Object.keys(compilation.assets)) {
        const file = path.join(compiler.outputPath, name);
        if (name.endsWith(".js") && fs.existsSync(file)) fs.chmodSync(file, 0o755);
      }
    });
  }
}

const tsRule = (dev, transformers) => ({
  test: /\.ts$/,
  exclude: /node_modules/,
  loader: "ts-loader",
  // ES modules let webpack tree-shake and concatenate; type checking is `tsc --noEmit`.
  options: {
    transpileOnly: true,
    compilerOptions: { module: "es2020", sourceMap: dev },
    ...(transformers && { getCustomTransformers: () => transformers }),
  },
});

const resolve = {
  extensions: [".ts", ".js", ".json"],
  extensionAlias: { ".js": [".ts", ".js"] },
};

module.exports = async (env = {}, argv = {}) => {
  const dev = argv.mode === "development";
  const serving = Boolean(env.WEBPACK_SERVE);
  const target = buildTarget(dev, env);
  // Tests build elsewhere (--env outDir=…) so that dist/ stays the build they check.
  const dist = path.resolve(__dirname, env.outDir || "dist");
  // A failed build leaves dist/ as it was: nothing is written from a compilation with errors,
  // and a whole build replaces dist/ only once every part has succeeded.
  const staged = new StagedOutput(dist, serving ? 1 : 2);

  const web = {
    name: "web",
    target: "web",
    devtool: dev ? "source-map" : false, // no eval: the page's CSP forbids it
    entry: {
      // A layer of its own, so that its modules can be given a smaller dataset than the pane's.
      functions: { import: "./src/functions/runtime.ts", layer: "functions" },
      taskpane: "./src/taskpane/taskpane.ts",
    },
    output: {
      path: dist,
      filename: "[name].js",
      // Keep the CLI build's output when this build cleans dist/.
      clean: { keep: /^cli[\\/]/ },
      // One self-contained file per entry: functions.js must run on its own
      // (tests evaluate it in a Node VM with a stand-in CustomFunctions).
      asyncChunks: false,
      globalObject: "globalThis",
    },
    optimization: {
      emitOnErrors: false,
      runtimeChunk: false,
      splitChunks: false,
      // The source is ES2020 already (tsconfig's target), so terser may write ES2020 too, and
      // write a function expression that never reads `this` or `arguments` as an arrow.
      minimizeOptions: { javascript: { ecma: 2020, compress: { passes: 3, unsafe_arrows: true } } },
    },
    // The engine loads the dataset DatasetValidationPlugin validated and embedded
    // (src/engine/data/bundled-dataset.web.ts), so the full check, which brings zod, is
    // bundled only where something calls it.
    resolve: { ...resolve, extensions: [".web.ts", ...resolve.extensions] },
    module: {
      rules: [
        // The parameters' reference prose is for the docs, not the add-in (scripts/strip-reference-prose.js).
        tsRule(dev, { before: [stripReferenceProse] }),
        // The engine is pure: loading a module of it does nothing but define, so a module whose
        // exports a bundle does not use is left out whole (functions.js prices no plan or census).
        { test: /src[\\/]engine[\\/]/, sideEffects: false },
      ],
    },
    plugins: [
      // The namespace of the manifest this build ships: every formula the pane writes uses it.
      new webpack.DefinePlugin({ AIPAY_FUNCTION_NAMESPACE: JSON.stringify(target.namespace) }),
      // A corrupt dataset fails the build, with each bad field's path, instead of shipping;
      // a valid one is embedded for the engine's web load path: in functions.js, without the
      // parts only the task pane reads.
      new DatasetValidationPlugin({ layers: { functions: functionsDataset } }),
      new CustomFunctionsMetadataPlugin({
        // One file a family of functions: every file in src/functions/declarations.
        input: fs.readdirSync("./src/functions/declarations").map((file) => `./src/functions/declarations/${file}`),
        output: "functions.json",
      }),
      // The shared runtime page: custom functions and task pane run in it together.
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        inject: false, // the template writes the bundles' tags
        chunks: ["functions", "taskpane"],
        chunksSortMode: "manual",
        templateParameters: {
          officeJs: officeJsCdn,
          csp: contentSecurityPolicy(dev),
        },
      }),
      // The @helpurl target, docs/functions.md, as help.html; the support, privacy and terms
      // pages; and the docs pages they link to.
      ...helpPages(target.contact).map(
        ({ filename, render }) => new HtmlWebpackPlugin({ filename, templateContent: render, inject: false }),
      ),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          { from: "manifest.xml", to: "manifest.xml" },
          { from: "src/taskpane/taskpane.css", to: "taskpane.css" },
        ],
      }),
      new AddinManifestsPlugin(target),
      thirdPartyNotices(),
      staged.plugin(),
    ],
    devServer: {
      host: "localhost", // this machine only: a development build is not for the network
      port,
      headers: { "Access-Control-Allow-Origin": "*" },
      static: { directory: dist },
      server: { type: "https", options: serving ? await httpsOptions() : undefined },
    },
  };

  const cli = {
    name: "cli",
    target: "node20", // package.json engines.node >= 20
    devtool: dev ? "source-map" : false,
    entry: { aipay: "./src/cli/aipay.ts" },
    output: { path: path.join(dist, "cli"), filename: "[name].js", clean: true },
    // Keep Node's real __dirname/__filename (dist/cli) instead of build-time values.
    node: { __dirname: false, __filename: false },
    resolve,
    module: { rules: [tsRule(dev)] },
    performance: { hints: false },
    optimization: { emitOnErrors: false },
    plugins: [
      new webpack.BannerPlugin({ banner: "#!/usr/bin/env node", raw: true, entryOnly: true }),
      new MakeExecutablePlugin(),
      thirdPartyNotices(),
      staged.plugin(),
    ],
  };

  // The dev server only needs the web build.
  return serving ? [web] : [web, cli];
};
