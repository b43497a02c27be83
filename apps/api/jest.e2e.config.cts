/**
 * End-to-end tests of the API: the real Nest application on a real database, over HTTP.
 * E2E_DATABASE=sqlite (default) uses a fresh SQLite file in a temp directory;
 * E2E_DATABASE=postgres uses TEST_DATABASE_URL with a schema of its own for each run.
 */
module.exports = {
  displayName: `api-e2e-${process.env.E2E_DATABASE ?? 'sqlite'}`,
  preset: '../../jest.preset.js',
  testEnvironment: 'node',
  rootDir: '.',
  testMatch: ['<rootDir>/test/**/*.e2e-spec.ts'],
  transform: {
    '^.+\\.[tj]s$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.e2e.json' }],
  },
  moduleFileExtensions: ['ts', 'js'],
  testTimeout: 30000,
};
