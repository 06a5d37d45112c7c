/* eslint-disable no-undef */
/**
 * Two builds:
 *  - web: the shared-runtime page (taskpane.html loads functions.js + taskpane.js),
 *    functions.json generated from JSDoc, manifest and icons  -> dist/
 *  - cli: the Node command line tool                        -> dist/cli/aipay.js
 *
 * `webpack --mode production` (npm run build) never touches certificates; only
 * `webpack serve` does.
 */
const crypto = require("crypto");
const fs = require("fs");
const os = require("os");
const path = require("path");
const webpack = require("webpack");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const { renderHelpPage } = require("./scripts/help-page");
const { DatasetValidationPlugin } = require("./scripts/validate-data");
const { thirdPartyNotices } = require("./scripts/third-party-notices");

const urlDev = "https://localhost:3000/";
// Placeholder: set this to the real HTTPS location of dist/ before deploying.
// Every occurrence of urlDev in manifest.xml and functions.json is rewritten to it
// in production builds.
const urlProd = "https://www.contoso.com/aipay/";

const port = Number(require("./package.json").config.dev_server_port) || 3000;
const officeJsCdn = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
// Development serves the npm copy of office.js (works offline); AppSource requires the CDN.
const officeJsLocal = "assets/office-js/office.js";

if (!urlProd.startsWith("https://") || !urlProd.endsWith("/")) {
  throw new Error("urlProd must be an https URL ending in '/'");
}

/**
 * Content-Security-Policy for the page. Inline styles are allowed because the
 * Excel parts of office.js inject them; office.js loads its other files from its
 * own host, so the CDN host is enough for scripts. In development the dev
 * server's live-reload client also needs its websocket.
 */
function contentSecurityPolicy(dev) {
  const scripts = dev ? "'self'" : "'self' https://appsforoffice.microsoft.com";
  const connect = dev ? `'self' wss://localhost:${port}` : "'self'";
  return [
    "default-src 'self'",
    `script-src ${scripts}`,
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
 * Production only: rewrites every dev URL (not just the first, as String.replace
 * would) in the manifest and in functions.json (JSDoc @helpurl links).
 */
class ProductionUrlsPlugin {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("ProductionUrlsPlugin", (compilation) => {
      const stage = webpack.Compilation.PROCESS_ASSETS_STAGE_OPTIMIZE; // after copies and generated metadata
      compilation.hooks.processAssets.tap({ name: "ProductionUrlsPlugin", stage }, (assets) => {
        for (const name of ["manifest.xml", "functions.json"]) {
          if (!assets[name]) continue;
          const text = assets[name].source().toString().replaceAll(urlDev, urlProd);
          compilation.updateAsset(name, new webpack.sources.RawSource(text));
        }
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

const tsRule = (dev) => ({
  test: /\.ts$/,
  exclude: /node_modules/,
  loader: "ts-loader",
  // ES modules let webpack tree-shake and concatenate; type checking is `tsc --noEmit`.
  options: { transpileOnly: true, compilerOptions: { module: "es2020", sourceMap: dev } },
});

const resolve = {
  extensions: [".ts", ".js", ".json"],
  extensionAlias: { ".js": [".ts", ".js"] },
};

module.exports = async (env = {}, argv = {}) => {
  const dev = argv.mode === "development";
  const serving = Boolean(env.WEBPACK_SERVE);
  const dist = path.resolve(__dirname, "dist");
  const officeJsDir = path.join(path.dirname(require.resolve("@microsoft/office-js/package.json")), "dist");

  const web = {
    name: "web",
    target: "web",
    devtool: dev ? "source-map" : false, // no eval: the page's CSP forbids it
    entry: {
      functions: "./src/functions/runtime.ts",
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
    optimization: { runtimeChunk: false, splitChunks: false },
    resolve,
    module: { rules: [tsRule(dev)] },
    plugins: [
      // A corrupt dataset fails the build, with each bad field's path, instead of shipping.
      new DatasetValidationPlugin(),
      new CustomFunctionsMetadataPlugin({
        input: "./src/functions/functions.ts",
        output: "functions.json",
      }),
      // The shared runtime page: custom functions and task pane run in it together.
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["functions", "taskpane"],
        chunksSortMode: "manual",
        templateParameters: {
          officeJs: dev ? officeJsLocal : officeJsCdn,
          csp: contentSecurityPolicy(dev),
        },
      }),
      // The @helpurl target: the README's function reference as a page of the add-in.
      new HtmlWebpackPlugin({ filename: "help.html", templateContent: () => renderHelpPage(), inject: false }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          { from: "manifest.xml", to: "manifest.xml" },
          { from: "src/taskpane/taskpane.css", to: "taskpane.css" },
          ...(dev
            ? [
                {
                  // office.js plus the Excel/common files it loads at run time;
                  // debug builds and other hosts' files are left out (~14 MB instead of 86 MB).
                  // Globbed from inside the package so the ignores match wherever node_modules lives.
                  context: officeJsDir,
                  from: "**/*",
                  to: "assets/office-js",
                  globOptions: {
                    ignore: [
                      "**/*.debug.js",
                      "**/*.d.ts",
                      "**/*vsdoc*",
                      "**/{access,onenote,outlook,powerpoint,project,word}*",
                    ],
                  },
                },
              ]
            : []),
        ],
      }),
      ...(dev ? [] : [new ProductionUrlsPlugin()]),
      thirdPartyNotices(),
    ],
    devServer: {
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
    plugins: [
      new webpack.BannerPlugin({ banner: "#!/usr/bin/env node", raw: true, entryOnly: true }),
      new MakeExecutablePlugin(),
      thirdPartyNotices(),
    ],
  };

  // The dev server only needs the web build.
  return serving ? [web] : [web, cli];
};
