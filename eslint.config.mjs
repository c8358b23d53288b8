// @ts-check
// ESLint for TypeScript, Astro templates (with the jsx-a11y accessibility rules)
// and the config files. Formatting is Prettier's job (`npm run lint` runs both).
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import { defineConfig, globalIgnores } from 'eslint/config';
import tseslint from 'typescript-eslint';

export default defineConfig(
  globalIgnores([
    'dist/',
    '.dist-building/',
    '.dist-previous/',
    '.astro/',
    'node_modules/',
    'content/',
    'public/',
    'tests/fixtures/',
  ]),
  js.configs.recommended,
  tseslint.configs.recommended,
  astro.configs['flat/recommended'],
  astro.configs['flat/jsx-a11y-strict'],
  {
    files: ['**/*.{ts,mjs}'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
  },
  {
    rules: {
      // A leading underscore marks a parameter kept for its position, e.g. `(_name, entry) => …`.
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' },
      ],
      // Finding and escaping control characters is what the content checks and the .ics, vCard and feed writers
      // are for, so their patterns name control characters on purpose.
      'no-control-regex': 'off',
    },
  },
);
