import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Import boundaries that keep the architecture visible (see ../shared/DESIGN.md, Layout). */
const nodeBuiltins = ['node:*', 'fs', 'path', 'http', 'https', 'net', 'child_process', 'crypto', 'os'];
const io = ['@mikro-orm/*', 'pg', 'express', 'socket.io', '@temporalio/client', '@temporalio/worker', 'nodemailer'];

export default tseslint.config(
  { ignores: ['node_modules/**', 'data/**', '.venv/**', 'designer-ui/dist/**', 'test-results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: { ...globals.node },
      parserOptions: { projectService: { allowDefaultProject: ['eslint.config.js'] }, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // Workflows are replayed: no I/O, no clocks or randomness outside @temporalio/workflow.
    files: ['workflows/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [
        { group: [...nodeBuiltins, ...io, '**/activities/*.ts', '**/domain/**', '**/api/**'], allowTypeImports: true, message: 'Workflow code must stay deterministic and free of I/O.' },
      ] }],
      'no-restricted-globals': ['error', 'setTimeout', 'setInterval', 'fetch'],
    },
  },
  {
    files: ['domain/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [
        { group: ['express', 'socket.io', '@temporalio/*', '**/api/**', '**/activities/**', '**/workflows/**'], message: 'The domain knows neither HTTP nor Temporal.' },
      ] }],
    },
  },
  {
    files: ['api/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [
        { group: ['**/activities/**', '@temporalio/worker'], message: 'The API starts and talks to workflows; it never runs activities.' },
        { group: ['**/workflows/*.workflow.ts'], message: 'Import workflow names and message definitions from workflows/names.ts.' },
      ] }],
    },
  },
  {
    files: ['designer-ui/**/*.{ts,tsx}'],
    languageOptions: {
      globals: { ...globals.browser },
      parserOptions: { projectService: false, project: './designer-ui/tsconfig.json', tsconfigRootDir: import.meta.dirname },
    },
  },
);
