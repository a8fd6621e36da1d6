// office-addin-lint picks this file up instead of its own default: the Office add-in rules plus browser globals.
import officeAddins from "eslint-plugin-office-addins";
import tsParser from "@typescript-eslint/parser";
import globals from "globals";

export default [
  ...officeAddins.configs.recommended,
  {
    plugins: { "office-addins": officeAddins },
    languageOptions: {
      parser: tsParser,
      globals: { ...globals.browser, Office: "readonly", Excel: "readonly", OfficeExtension: "readonly" },
    },
    rules: {
      // TypeScript checks undefined names (with the DOM and office-js typings); the JS rule misreads type-only names.
      "no-undef": "off",
    },
  },
];
