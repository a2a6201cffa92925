// Lint for the whole project: typescript-eslint's type-checked recommendations, Prettier for layout
// (eslint-config-prettier turns off the rules it owns), and the project's own limits.
import js from "@eslint/js";
import prettier from "eslint-config-prettier";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["dist/", "coverage/", "node_modules/", ".neo4j/", ".bench/", "tests/support/*.js", "eslint.config.mjs"] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    linterOptions: { reportUnusedDisableDirectives: "error" },
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", destructuredArrayIgnorePattern: "^_" }],
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports" }],
      eqeqeq: ["error", "always", { null: "ignore" }],
      "no-console": "off",
    },
  },
  {
    files: ["src/**/*.ts", "src/**/*.tsx"],
    rules: { "max-lines-per-function": ["error", { max: 80, skipBlankLines: true, skipComments: true, IIFEs: true }] },
  },
  {
    files: ["tests/**/*.ts"],
    rules: {
      // Tests read GraphQL responses, untyped JSON whose shape the assertion itself states; typing
      // every step of such a read would hide what the test checks.
      "@typescript-eslint/no-explicit-any": "off",
      "@typescript-eslint/no-unsafe-member-access": "off",
      "@typescript-eslint/no-unsafe-assignment": "off",
      "@typescript-eslint/no-unsafe-argument": "off",
      "@typescript-eslint/no-unsafe-call": "off",
      "@typescript-eslint/no-unsafe-return": "off",
      // Stand-ins are async to match the interfaces they replace, whether or not they await anything.
      "@typescript-eslint/require-await": "off",
      // Jest and Playwright hand out methods that are meant to be called detached (screenshot, expect).
      "@typescript-eslint/unbound-method": "off",
    },
  },
  prettier,
);
