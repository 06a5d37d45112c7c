// office-addin-lint picks this file up in place of its default: Microsoft's
// office-addins rules, read through the TypeScript parser.
import officeAddins from "eslint-plugin-office-addins";
import tsParser from "@typescript-eslint/parser";

export default [
  ...officeAddins.configs.recommended,
  {
    plugins: { "office-addins": officeAddins },
    languageOptions: { parser: tsParser },
    rules: {
      // TypeScript already resolves every name (DOM, Office, CustomFunctions, Node).
      "no-undef": "off",
    },
  },
];
