// Bundles the task pane, which also registers the ribbon handlers: with a shared runtime the manifest's FunctionFile is
// the pane itself (learn.microsoft.com/office/dev/add-ins/develop/configure-your-add-in-to-use-a-shared-runtime), so
// there is no separate commands page. office.js is NOT bundled or copied: the pane loads it from Microsoft's CDN, as
// production add-ins must
// (https://learn.microsoft.com/office/dev/add-ins/develop/referencing-the-javascript-api-for-office-library-from-its-cdn).
// Production: `ADDIN_PROD_URL=https://addin.example.go.id/lkjip/ npm run build` rewrites the manifest's URLs.
/* eslint-disable @typescript-eslint/no-require-imports */
const path = require("path");
const webpack = require("webpack");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const { rewriteManifestUrls } = require("./scripts/manifest-urls");

const PROD_URL = process.env.ADDIN_PROD_URL || "https://localhost:3000/";

module.exports = async (env, argv) => {
  const dev = argv.mode !== "production";
  if (!dev && !process.env.ADDIN_PROD_URL) {
    console.warn("ADDIN_PROD_URL tidak diisi: dist/manifest.xml tetap menunjuk ke https://localhost:3000/ (hanya untuk uji coba).");
  }
  const config = {
    devtool: dev ? "source-map" : false,
    target: ["web", "es2020"],
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
    plugins: [
      // The report's charts in the browser: ECharts' modular build with only the bar chart (src/report/echarts-lib.browser.ts).
      new webpack.NormalModuleReplacementPlugin(/^\.\/echarts-lib$/, (r) => { r.request = "./echarts-lib.browser"; }),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane"],
        scriptLoading: "defer",
        // The pane learns the report script's hashed name from a meta tag, and fetches it only when asked.
        templateParameters: (compilation) => ({ laporanScript: [...compilation.entrypoints.get("laporan").getFiles()].find((f) => f.endsWith(".js")) }),
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "src/taskpane/taskpane.css", to: "taskpane.css" },
          { from: "src/taskpane/bantuan.html", to: "bantuan.html" },
          { from: "assets/icon-*.png", to: "assets/[name][ext]" },
          { from: "manifest.xml", to: "manifest.xml", transform: (buf) => (dev ? buf : rewriteManifestUrls(buf.toString(), PROD_URL)) },
        ],
      }),
    ],
    devServer: {
      static: { directory: path.resolve(__dirname, "dist") },
      headers: { "Access-Control-Allow-Origin": "*" },
      port: Number(process.env.npm_package_config_dev_server_port || 3000),
      hot: false,
      liveReload: true,
    },
  };
  if (dev && process.env.WEBPACK_SERVE) {
    // Only the dev server needs the trusted localhost certificate (office-addin-dev-certs installs it once).
    const devCerts = require("office-addin-dev-certs");
    config.devServer.server = { type: "https", options: await devCerts.getHttpsServerOptions() };
  }
  return config;
};
