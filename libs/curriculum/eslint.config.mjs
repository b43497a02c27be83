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
      // Nor the globals of one side: the same code runs in the browser and in Node.
      'no-restricted-globals': [
        'error',
        ...['window', 'document', 'navigator', 'localStorage', 'sessionStorage', 'location'].map(
          (name) => ({ name, message: 'libs/curriculum runs in Node too: no browser globals.' }),
        ),
        ...['process', 'Buffer', 'require', '__dirname', '__filename', 'global'].map((name) => ({
          name,
          message: 'libs/curriculum runs in the browser too: no Node globals.',
        })),
      ],
    },
  },
];
