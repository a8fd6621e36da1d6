// Which way the code may look, checked by `npm test` (pretest: `npm run depcruise`); README § Susunan kode.
//
// The engine (src/core) is layered; a module imports only its own layer and the layers below it:
//
//   render     src/core/render/     one renderer per output: text, the Narasi sheet, the pane's DOM, findings
//   narrative  src/core/narrative/  the narrative as a document
//   derive     analyze.ts, figures.ts, found-tables.ts, types.ts, verdicts.ts: the analysis, the figures the tables
//              establish, and what the period lets the report judge
//   checks     src/core/checks/     findings (one per cell) and derived cells (Hitung Capaian)
//   model      src/core/model/      rows linked into sasaran → kegiatan → sub kegiatan
//   reader     src/core/reader/     tables, header columns and the period found in the grid
//   base       src/core/*.ts        the shared vocabulary: grid, cells, periods, findings, numbers, layouts,
//                                   formulas, settings store, peta, templates
//
// src/core/index.ts is the engine's public face and may import every layer. The adapters (excel, cli, xlsx, report,
// taskpane, addin, commands, web, rekap) sit on top: the core imports none of them, nor Node, nor Office. src/xlsx (the
// .xlsx package read and patched) and src/rekap (the recap over many workbooks) run in the web page too: no Node
// built-ins. The pane's views talk to the Host interface (src/addin/host.ts), never to a host: src/addin takes only
// types from src/excel, the views nothing, and the web page (src/web, a file as the host) never loads Office code.

/** A layer: its name and the path of its modules. Listed bottom to top. */
const LAYERS = [
  {
    name: "base",
    path: "^src/core/(grid|cell|dates|text|format|number|tables|forms|forms-sipd|forms-esakip|form-layouts|capaian|findings|period|store|peta|template)\\.ts$",
  },
  { name: "reader", path: "^src/core/reader/" },
  { name: "model", path: "^src/core/model/" },
  { name: "checks", path: "^src/core/checks/" },
  { name: "derive", path: "^src/core/(analyze|figures|found-tables|types|verdicts)\\.ts$" },
  { name: "narrative", path: "^src/core/narrative/" },
  { name: "render", path: "^src/core/render/" },
];
const FACADE = "^src/core/index\\.ts$";
const ADAPTERS = "^src/(excel|cli|xlsx|report|taskpane|addin|commands|web|rekap)/";

/** Each layer may not import any layer above it. */
const layerRules = LAYERS.slice(0, -1).map((layer, i) => ({
  name: `layer-${layer.name}-looks-down`,
  comment: `The ${layer.name} layer imports only itself and the layers below it, never ${LAYERS.slice(
    i + 1,
  )
    .map((l) => l.name)
    .join(", ")}.`,
  severity: "error",
  from: { path: layer.path },
  to: { path: LAYERS.slice(i + 1).map((l) => l.path) },
}));

module.exports = {
  forbidden: [
    {
      name: "no-circular",
      comment:
        "No import cycle anywhere in src (type-only imports count: a shared type needs a home below both users).",
      severity: "error",
      from: { path: "^src/" },
      to: { circular: true },
    },
    {
      name: "core-not-to-adapters",
      comment:
        "The engine is pure: it never imports an adapter (Office.js, command line, report, pane, ribbon).",
      severity: "error",
      from: { path: "^src/core/" },
      to: { path: ADAPTERS },
    },
    {
      name: "core-not-to-node",
      comment: "The engine runs in the browser too: no Node built-ins.",
      severity: "error",
      from: { path: "^src/core/" },
      to: { dependencyTypes: ["core"] },
    },
    {
      name: "core-not-to-office",
      comment: "Only src/excel talks to Office; the engine takes a grid.",
      severity: "error",
      from: { path: "^src/core/" },
      to: {
        path: "(^|/)node_modules/(@microsoft/office-js|@types/office-js|office-addin-[^/]+)/",
      },
    },
    {
      name: "core-module-in-a-layer",
      comment:
        "Every module of src/core belongs to a layer (add a new module's path to LAYERS), so the layer rules see it.",
      severity: "error",
      from: {},
      to: {
        path: "^src/core/",
        pathNot: [FACADE, ...LAYERS.map((l) => l.path)],
      },
    },
    {
      name: "core-module-outside-layers",
      comment:
        "The same, seen from the module: a module of src/core outside every layer imports nothing.",
      severity: "error",
      from: {
        path: "^src/core/",
        pathNot: [FACADE, ...LAYERS.map((l) => l.path)],
      },
      to: {},
    },
    {
      name: "core-no-dead-modules",
      comment:
        "Every module of src/core is used: reachable from the engine's public face or from an adapter (the old narasi.ts, an import path kept for nobody, was not).",
      severity: "error",
      from: { path: ["^src/core/index\\.ts$", ADAPTERS] },
      to: { path: "^src/core/", reachable: false },
    },
    ...layerRules,
    {
      name: "taskpane-not-to-commands",
      comment:
        "The pane and the ribbon's command page share src/addin, never each other.",
      severity: "error",
      from: { path: "^src/taskpane/" },
      to: { path: "^src/commands/" },
    },
    {
      name: "commands-not-to-taskpane",
      comment:
        "The pane and the ribbon's command page share src/addin, never each other.",
      severity: "error",
      from: { path: "^src/commands/" },
      to: { path: "^src/taskpane/" },
    },
    {
      name: "xlsx-not-to-node",
      comment:
        "The package reader and writer run in a browser too (the web page): no Node built-ins in src/xlsx.",
      severity: "error",
      from: { path: "^src/xlsx/" },
      to: { dependencyTypes: ["core"] },
    },
    {
      name: "xlsx-not-to-other-adapters",
      comment:
        "src/xlsx turns a package into the engine's grid and back: it uses the engine, never the command line, Office or the pane.",
      severity: "error",
      from: { path: "^src/xlsx/" },
      to: { path: "^src/(excel|cli|report|taskpane|addin|commands|web|rekap)/" },
    },
    {
      name: "rekap-not-to-node",
      comment: "The recap runs in the web page too: no Node built-ins in src/rekap (the command line's glue is src/cli/rekap*.ts).",
      severity: "error",
      from: { path: "^src/rekap/" },
      to: { dependencyTypes: ["core"] },
    },
    {
      name: "rekap-not-to-hosts",
      comment: "src/rekap turns workbook files into recap rows: it uses the engine and the package reader, never a host, the command line or the pane.",
      severity: "error",
      from: { path: "^src/rekap/" },
      to: { path: "^src/(excel|cli|taskpane|addin|commands|web)/" },
    },
    {
      name: "web-not-to-office",
      comment: "The web page has no office.js: it never imports the Office adapter, the ribbon or the command line.",
      severity: "error",
      from: { path: "^src/web/" },
      to: { path: "^src/(excel|commands|cli)/" },
    },
    {
      name: "web-not-to-node",
      comment: "The web page runs in a browser: no Node built-ins.",
      severity: "error",
      from: { path: "^src/web/" },
      to: { dependencyTypes: ["core"] },
    },
    {
      name: "views-not-to-hosts",
      comment: "The pane's views talk to the Host interface (src/addin), never to a host: not to src/excel, not to the web page's file host.",
      severity: "error",
      from: { path: "^src/taskpane/" },
      to: { path: "^src/(excel|web)/" },
    },
    {
      name: "addin-takes-only-types-from-excel",
      comment: "src/addin names the Office adapter's result types, nothing more: the web page's bundle (which has src/addin) carries no Office code.",
      severity: "error",
      from: { path: "^src/addin/" },
      to: { path: "^src/excel/", dependencyTypesNot: ["type-only"] },
    },
    {
      name: "not-to-unresolvable",
      comment:
        "An import the cruiser cannot resolve is a dependency the rules above cannot see.",
      severity: "error",
      from: { path: "^src/" },
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    // `import type` is a dependency too: the cycle this config was written against ran through types only.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
    enhancedResolveOptions: {
      exportsFields: ["exports"],
      conditionNames: ["import", "require", "node", "default", "types"],
      extensions: [".ts", ".js", ".mjs", ".cjs", ".json", ".d.ts"],
    },
  },
};
