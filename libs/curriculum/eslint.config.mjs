import baseConfig from '../../eslint.config.mjs';

// The shared contract runs in the browser and on the server: no framework, no database, no Node APIs.
const forbidden = [
  'typeorm',
  '@nestjs/*',
  '@angular/*',
  'express',
  'pg',
  'better-sqlite3',
  'node:*',
];

export default [
  ...baseConfig,
  {
    files: ['src/**/*.ts'],
    ignores: ['src/**/*.spec.ts', 'src/testing.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: forbidden.map((group) => ({
            group: [group],
            message: 'libs/curriculum imports no framework.',
          })),
        },
      ],
    },
  },
];
