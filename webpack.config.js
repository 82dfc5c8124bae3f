/**
 * Bundles the task pane and the ribbon command file in the shape of the Office add-in template.
 *
 *   npm run build       production bundle in dist/, manifest URLs rewritten to the production host
 *   npm run dev-server  HTTPS on port 3000 with office-addin-dev-certs, for Excel (sideloaded)
 *   npm run preview     HTTP on port 3000 (or $PORT), no certificates, no office.js: the pane in a browser
 */
const path = require("node:path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const { LocalisedFunctionsPlugin } = require("./scripts/localise-functions.cjs");
const { toProduction } = require("./scripts/urls.cjs");
const { contentSecurityPolicy } = require("./scripts/csp.cjs");

const OFFICE_JS_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
/** Where dev-server serves node_modules/@microsoft/office-js/dist (Microsoft allows a local copy for development). */
const OFFICE_JS_LOCAL = "/office-js/office.js";

/** Certificates are needed only by dev-server: loaded here, lazily, so build and preview never touch them. */
async function httpsOptions() {
  const devCerts = require("office-addin-dev-certs");
  return devCerts.getHttpsServerOptions();
}

module.exports = async (env = {}, argv = {}) => {
  const production = argv.mode === "production";
  const serve = Boolean(env.WEBPACK_SERVE);
  const preview = Boolean(env.preview);
  const port = Number(process.env.PORT || process.env.npm_package_config_dev_server_port || 3000);
  const officeJs = preview ? null : serve ? OFFICE_JS_LOCAL : OFFICE_JS_CDN;
  // The pages' content security policy (scripts/csp.cjs); under dev-server it admits its live-reload websocket.
  const csp = contentSecurityPolicy({ devServerPort: serve ? port : null });

  const page = (name, chunk, title) =>
    new HtmlWebpackPlugin({
      filename: `${name}.html`,
      template: `./src/${chunk}/${name}.html`,
      chunks: [chunk],
      templateParameters: { officeJs, title, csp },
    });

  return {
    // Source maps in separate files in development too: webpack's eval-* devtools need 'unsafe-eval', which the
    // pages' content security policy refuses.
    devtool: production ? "source-map" : "cheap-module-source-map",
    // Modern browsers only (Edge WebView2, Safari WKWebView, current Chrome/Firefox): no polyfills.
    target: ["web", "es2020"],
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      commands: "./src/commands/commands.ts",
      functions: "./src/functions/functions.ts",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      // The worksheet functions' script keeps its name: the manifest's CustomFunctions extension point names it.
      filename: ({ chunk }) =>
        production && chunk?.name !== "functions" ? "[name].[contenthash:8].js" : "[name].js",
      chunkFilename: production ? "[name].[contenthash:8].js" : "[name].js",
      clean: true,
    },
    resolve: {
      extensions: [".ts", ".tsx", ".js", ".mjs", ".json"],
      // exceljs and jszip resolve to their browser builds through package.json "browser"; any Node
      // built-in still reached from the pane is left out of the browser bundle rather than polyfilled.
      fallback: {
        fs: false,
        path: false,
        os: false,
        crypto: false,
        stream: false,
        zlib: false,
        util: false,
        buffer: false,
      },
    },
    externals: [
      ({ request }, callback) =>
        request && request.startsWith("node:") ? callback(null, "{}", "var") : callback(),
    ],
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            options: { transpileOnly: true, compilerOptions: { noEmit: false, sourceMap: true } },
          },
        },
        {
          test: /\.(png|jpe?g|gif|svg)$/,
          type: "asset/resource",
          generator: { filename: "assets/[name][ext]" },
        },
      ],
    },
    plugins: [
      page("taskpane", "taskpane", "QuarterDeck"),
      page("commands", "commands", "QuarterDeck commands"),
      // The worksheet functions' page loads Microsoft's custom functions runtime, not office.js.
      new HtmlWebpackPlugin({
        filename: "functions.html",
        template: "./src/functions/functions.html",
        chunks: ["functions"],
        templateParameters: { title: "QuarterDeck functions", csp },
      }),
      // functions.json, the worksheet functions' metadata, generated from the JSDoc of functions.ts.
      new CustomFunctionsMetadataPlugin({
        input: "./src/functions/functions.ts",
        output: "functions.json",
      }),
      // functions.ja-JP.json: the same metadata with the Japanese descriptions of src/functions/metadata.ja-JP.json.
      new LocalisedFunctionsPlugin({
        locales: ["ja-JP"],
        dir: path.resolve(__dirname, "src/functions"),
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          { from: "assets/support.html", to: "support.html" },
          // Plain ES5, run before the bundles: a page in words instead of a blank pane on hosts too old for them.
          { from: "src/taskpane/host-check.js", to: "host-check.js" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (content) => (production ? toProduction(content.toString()) : content),
          },
        ],
      }),
    ],
    performance: {
      // The pane bundles Fluent UI and the workbook file reader; budget for that, not the 244 KiB default.
      hints: production ? "warning" : false,
      maxEntrypointSize: 2.5 * 1024 * 1024,
      maxAssetSize: 2.5 * 1024 * 1024,
    },
    devServer: {
      port,
      hot: !preview,
      headers: { "Access-Control-Allow-Origin": "*" },
      static: preview
        ? false
        : [
            {
              directory: path.join(__dirname, "node_modules/@microsoft/office-js/dist"),
              publicPath: "/office-js",
            },
          ],
      server: preview
        ? "http"
        : { type: "https", options: serve && !preview ? await httpsOptions() : undefined },
      client: { overlay: { warnings: false } },
      open: false,
      // "/" leads to the pane.
      setupMiddlewares: (middlewares) => [
        {
          name: "pane-at-root",
          middleware: (req, res, next) =>
            req.method === "GET" && req.path === "/" ? res.redirect(302, "/taskpane.html") : next(),
        },
        ...middlewares,
      ],
      // Once the server is up and the first bundle is built, say where the pane is.
      onListening: (devServer) => {
        const scheme = preview ? "http" : "https";
        let told = false;
        devServer.compiler.hooks.done.tap("pane-url", (stats) => {
          if (told || stats.hasErrors()) return;
          told = true;
          // After the build's own report, which the dev middleware prints on a later tick.
          setTimeout(
            () =>
              console.log(`\nQuarterDeck task pane: ${scheme}://localhost:${port}/taskpane.html\n`),
            0
          );
        });
      },
    },
  };
};
