// Bundles the task pane, which also registers the ribbon handlers: with a shared runtime the manifest's FunctionFile is
// the pane itself (learn.microsoft.com/office/dev/add-ins/develop/configure-your-add-in-to-use-a-shared-runtime), so
// there is no separate commands page. office.js is NOT bundled or copied: the pane loads it from Microsoft's CDN, as
// production add-ins must
// (https://learn.microsoft.com/office/dev/add-ins/develop/referencing-the-javascript-api-for-office-library-from-its-cdn).
// Production: `ADDIN_PROD_URL=https://addin.example.go.id/lkjip/ npm run build` rewrites the manifest's URLs.
// The same dist/ holds the web page (web.html, issue 20): the pane's views on a file instead of Excel, without office.js,
// with a service worker (sw.js) that keeps the page's own files for use offline.
/* eslint-disable @typescript-eslint/no-require-imports */
const path = require("path");
const webpack = require("webpack");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const fs = require("fs");
const crypto = require("crypto");
const { rewriteManifestUrls } = require("./scripts/manifest-urls");

/** The pane's controls and views, one markup for both pages (taskpane.html on Excel, web.html on a file). */
const paneBody = () => fs.readFileSync(path.resolve(__dirname, "src/taskpane/pane-body.html"), "utf8");

/** The web page's own files, which its service worker keeps (every one it loads; the help page it links). */
const WEB_FILES = /^(web\.html|web\.css|taskpane\.css|bantuan\.html|assets\/icon-\d+\.png|(web|laporan)\.[0-9a-f]+\.js)$/;

/** What the add-in's compilation hands the web page's: the report script's name, and the files the page also uses. */
const shared = { laporan: "", files: new Map() };

/** In the add-in's compilation: remembers the report script and the page's files it emits (styles, help, icons). */
class ShareWithWebPlugin {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("ShareWithWebPlugin", (compilation) => {
      compilation.hooks.processAssets.tap({ name: "ShareWithWebPlugin", stage: webpack.Compilation.PROCESS_ASSETS_STAGE_REPORT }, () => {
        shared.laporan = [...compilation.entrypoints.get("laporan").getFiles()].find((f) => f.endsWith(".js"));
        shared.files = new Map(Object.keys(compilation.assets).filter((f) => WEB_FILES.test(f)).map((f) => [f, compilation.assets[f].source()]));
      });
    });
  }
}

/** Writes dist/sw.js from src/web/sw.js: the list of the page's files, and a version that changes with any of them. */
class ServiceWorkerPlugin {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("ServiceWorkerPlugin", (compilation) => {
      compilation.hooks.processAssets.tap({ name: "ServiceWorkerPlugin", stage: webpack.Compilation.PROCESS_ASSETS_STAGE_REPORT }, () => {
        const own = Object.keys(compilation.assets).filter((f) => WEB_FILES.test(f));
        const all = new Map([...shared.files, ...own.map((f) => [f, compilation.assets[f].source()])]);
        const files = [...all.keys()].sort();
        const hash = crypto.createHash("sha256");
        for (const f of files) hash.update(f).update(all.get(f));
        const template = fs.readFileSync(path.resolve(__dirname, "src/web/sw.js"), "utf8");
        const source = template.replace('"__VERSION__"', JSON.stringify(hash.digest("hex").slice(0, 16))).replace("__FILES__", JSON.stringify(files));
        compilation.emitAsset("sw.js", new webpack.sources.RawSource(source), { minimized: true });
      });
    });
  }
}

const PROD_URL = process.env.ADDIN_PROD_URL || "https://localhost:3000/";

module.exports = async (env, argv) => {
  const dev = argv.mode !== "production";
  if (!dev && !process.env.ADDIN_PROD_URL) {
    console.warn("ADDIN_PROD_URL tidak diisi: dist/manifest.xml tetap menunjuk ke https://localhost:3000/ (hanya untuk uji coba).");
  }
  const common = {
    devtool: dev ? "source-map" : false,
    target: ["web", "es2020"],
    resolve: { extensions: [".ts", ".js"] },
    module: {
      rules: [
        {
          test: /\.ts$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            // Type checking stays on (no transpileOnly); ES modules let webpack drop unused engine code.
            options: { configFile: "tsconfig.json", compilerOptions: { module: "es2020", sourceMap: dev }, onlyCompileBundledFiles: true },
          },
        },
      ],
    },
    performance: { maxAssetSize: 400000, maxEntrypointSize: 400000, assetFilter: (f) => !f.endsWith(".map") && !f.startsWith("laporan.") },
  };
  const config = {
    ...common,
    name: "addin",
    entry: {
      // One bundle, two roots that never import each other: the ribbon's handlers first, then the pane.
      taskpane: ["./src/commands/commands.ts", "./src/taskpane/taskpane.ts"],
      // Unduh Laporan (docx, charts): an entry of its own that the pane loads on the button's first use, with its
      // own copy of the engine, so the pane's first-load bundle stays as it was (window.lkjipLaporan).
      laporan: { import: "./src/taskpane/laporan.ts", library: { name: "lkjipLaporan", type: "window" } },
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].[contenthash:8].js",
      clean: true,
    },
    plugins: [
      // The report's charts in the browser: ECharts' modular build with only the bar chart (src/report/echarts-lib.browser.ts).
      new webpack.NormalModuleReplacementPlugin(/^\.\/echarts-lib$/, (r) => { r.request = "./echarts-lib.browser"; }),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane"],
        scriptLoading: "defer",
        // The pane learns the report script's hashed name from a meta tag, and fetches it only when asked.
        templateParameters: (compilation) => ({ paneBody: paneBody(), laporanScript: [...compilation.entrypoints.get("laporan").getFiles()].find((f) => f.endsWith(".js")) }),
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "src/taskpane/taskpane.css", to: "taskpane.css" },
          { from: "src/taskpane/bantuan.html", to: "bantuan.html" },
          { from: "assets/icon-*.png", to: "assets/[name][ext]" },
          { from: "manifest.xml", to: "manifest.xml", transform: (buf) => (dev ? buf : rewriteManifestUrls(buf.toString(), PROD_URL)) },
        ],
      }),
      new ShareWithWebPlugin(),
    ],
    devServer: {
      static: { directory: path.resolve(__dirname, "dist") },
      headers: { "Access-Control-Allow-Origin": "*" },
      port: Number(process.env.npm_package_config_dev_server_port || 3000),
      hot: false,
      liveReload: true,
    },
  };
  // The web page: a compilation of its own, after the add-in's (whose report script it loads), so that the engine
  // the two share stays concatenated into the pane's bundle exactly as before the page existed.
  const web = {
    ...common,
    name: "web",
    dependencies: ["addin"],
    entry: { web: "./src/web/web.ts" },
    output: { path: path.resolve(__dirname, "dist"), filename: "[name].[contenthash:8].js", clean: false },
    plugins: [
      // The web page loads the report's code with itself (not on first use), so nothing is fetched after it loads.
      new HtmlWebpackPlugin({
        filename: "web.html",
        template: "./src/web/web.html",
        chunks: ["web"],
        scriptLoading: "defer",
        templateParameters: () => ({ paneBody: paneBody(), laporanScript: shared.laporan }),
      }),
      new CopyWebpackPlugin({ patterns: [{ from: "src/web/web.css", to: "web.css" }] }),
      new ServiceWorkerPlugin(),
    ],
  };
  if (dev && process.env.WEBPACK_SERVE) {
    // Only the dev server needs the trusted localhost certificate (office-addin-dev-certs installs it once).
    const devCerts = require("office-addin-dev-certs");
    config.devServer.server = { type: "https", options: await devCerts.getHttpsServerOptions() };
  }
  return [config, web];
};
