/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts"],
  // Type checking runs once in `npm run typecheck`; per-file transpiling keeps the suite fast on 2 cores.
  transform: { "^.+\\.ts$": ["ts-jest", { tsconfig: "tsconfig.test.json", diagnostics: false }] },
  maxWorkers: 2,
  // office-addin-mock needs only the OfficeApp enum of office-addin-manifest, whose index pulls an ES-module-only
  // dependency (strip-bom) that jest's CommonJS loader cannot require: point it at the enum's own module.
  moduleNameMapper: { "^office-addin-manifest$": "<rootDir>/node_modules/office-addin-manifest/lib/officeApp.js" },
};
