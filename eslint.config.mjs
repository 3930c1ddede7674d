import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { boundaries } from './tools/eslint/boundaries.mjs';

// Files that hold decisions: aggregates, events, rules and deciders. They name their role only when it
// is `events` or `rules`; every other role suffix (controller, handler, entity...) marks glue code.
const DOMAIN_FILES = ['apps/*/src/**/*.ts', 'libs/kernel/src/**/*.ts'];
const GLUE_FILES = [
  '**/*.{command,handler,request,response,controller,module,entity,projection,queries,query,reactor,migration,migrations,adapter,config,service,spec,fixture,guard,filter,pipe,dto,relay}.ts',
  '**/main.ts',
  '**/index.ts',
  '**/*.spec.ts',
  // The web pages are presentation over the API: they hold no domain rules to keep pure.
  'apps/gateway/src/web/**/*.ts',
];

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      'dist/',
      'data/',
      'coverage/',
      'bench/results/',
      '**/*.js',
      '!eslint.config.mjs',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    plugins: { boundaries },
    rules: {
      'boundaries/imports': 'error',
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'max-lines': ['error', { max: 300, skipBlankLines: true, skipComments: true }],
      'no-console': ['error', { allow: ['error'] }],
    },
  },
  {
    files: DOMAIN_FILES,
    ignores: GLUE_FILES,
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(?!\\.|@commonplan/kernel$)',
              message:
                'domain code imports only libs/kernel and its own folder: no framework, database or broker',
            },
          ],
        },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']",
          message: 'pass `now` in',
        },
        { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: 'pass `now` in' },
        {
          selector: "CallExpression[callee.object.name='Math'][callee.property.name='random']",
          message: 'pass ids in',
        },
        { selector: "CallExpression[callee.name='randomUUID']", message: 'pass ids in' },
      ],
    },
  },
  {
    files: ['**/*.spec.ts', 'bench/**/*.ts', 'cli/**/*.ts', 'deploy/**/*.ts', 'test/**/*.ts'],
    rules: {
      'max-lines': ['error', { max: 500, skipBlankLines: true, skipComments: true }],
      'no-console': 'off',
    },
  },
);
