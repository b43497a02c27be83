import nx from '@nx/eslint-plugin';

// Layers of the house style: api -> api|shared, web -> web|shared, shared -> shared only.
const LAYERS = [
  { sourceTag: 'scope:api', onlyDependOnLibsWithTags: ['scope:api', 'scope:shared'] },
  { sourceTag: 'scope:web', onlyDependOnLibsWithTags: ['scope:web', 'scope:shared'] },
  { sourceTag: 'scope:shared', onlyDependOnLibsWithTags: ['scope:shared'] },
  { sourceTag: 'type:domain', onlyDependOnLibsWithTags: ['type:domain'] },
  // Scripts, generators and benchmarks use the public libraries only.
  { sourceTag: 'scope:tools', onlyDependOnLibsWithTags: ['scope:shared'] },
];
// Test support (the built product as a process) serves tests and benchmarks only.
const PRODUCT_CODE = { sourceTag: 'type:app', notDependOnLibsWithTags: ['type:testing'] };

const boundaries = (depConstraints) => [
  'error',
  {
    enforceBuildableLibDependency: true,
    allow: [
      '^.*/eslint(\\.base)?\\.config\\.[cm]?[jt]s$',
      // The reaches into an app: the in-process benchmarks measure the API's PDF renderers on its
      // demo content (tools/bench/pdf-export.ts), its translation of messages
      // (tools/bench/api-messages.ts), its ESCO search and suggestions (tools/bench/esco-*.ts,
      // tools/bench/esco/) and its CSV reader (the synthetic full ESCO).
      '^(\\.\\./)+apps/api/src/(app/exports/pdf/[\\w-]+|app/demo/content|infrastructure/pdf/[\\w-]+|common/i18n/server-messages|common/csv-format|app/esco/esco-[\\w.-]+)$',
    ],
    depConstraints,
  },
];

export default [
  ...nx.configs['flat/base'],
  ...nx.configs['flat/typescript'],
  ...nx.configs['flat/javascript'],
  {
    ignores: ['**/dist', '**/out-tsc', '**/coverage', '**/.nx', '**/.angular'],
  },
  {
    files: ['**/*.ts', '**/*.tsx', '**/*.js', '**/*.jsx'],
    rules: { '@nx/enforce-module-boundaries': boundaries([...LAYERS, PRODUCT_CODE]) },
  },
  {
    // An app's own end-to-end tests may use the test support too (ELM SHACL validation, …).
    files: ['**/test/**/*.ts'],
    rules: { '@nx/enforce-module-boundaries': boundaries(LAYERS) },
  },
  {
    files: ['**/*.ts'],
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
    },
  },
  {
    // Type-aware checks: a promise nobody awaits loses its error (and a write's transaction).
    files: ['**/*.ts'],
    ignores: ['**/jest.config.ts', '**/*.config.ts'],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: false }],
    },
  },
];
