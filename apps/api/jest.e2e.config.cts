/**
 * End-to-end tests of the API: the real Nest application on a real database, over HTTP.
 * E2E_DATABASE=sqlite (default) uses a fresh SQLite file in a temp directory;
 * E2E_DATABASE=postgres uses TEST_DATABASE_URL with a schema of its own for each run.
 */
module.exports = {
  // One name for both databases: ts-jest keys its compile cache by the Jest config, so the
  // PostgreSQL run reuses what the SQLite run compiled (about a minute less in CI). The suites name
  // their database in their titles.
  displayName: 'api-e2e',
  preset: '../../jest.preset.js',
  testEnvironment: 'node',
  rootDir: '.',
  testMatch: ['<rootDir>/test/**/*.e2e-spec.ts'],
  // @fastify/static (the SPA and Swagger UI) and the ICU formatter of the API's messages require ES
  // modules; Node runs those natively, Jest's module system does not: compile just those packages
  // to CommonJS.
  transformIgnorePatterns: [
    '/node_modules/(?!((@fastify/static/node_modules/)?content-disposition|intl-messageformat|@formatjs)/)',
  ],
  transform: {
    '/node_modules/.+\\.js$': [
      'ts-jest',
      {
        tsconfig: { allowJs: true, module: 'commonjs', esModuleInterop: true },
        isolatedModules: true,
      },
    ],
    // The @nestjs/swagger plugin, as in the build: the OpenAPI document in tests is the real one.
    '^.+\\.[tj]s$': [
      'ts-jest',
      {
        tsconfig: '<rootDir>/tsconfig.e2e.json',
        astTransformers: { before: ['<rootDir>/openapi-plugin.cjs'] },
      },
    ],
  },
  moduleFileExtensions: ['ts', 'js'],
  testTimeout: 30000,
};
