/**
 * Tests of the built product: the production server (`dist/apps/api/main.js` serving
 * `dist/apps/web/browser`) as a real process, and the app in a real Chromium.
 * `*.browser.e2e-spec.ts` need Chromium; `*.postgres.e2e-spec.ts` need TEST_DATABASE_URL.
 */
module.exports = {
  displayName: 'web-e2e',
  preset: '../../jest.preset.js',
  testEnvironment: 'node',
  rootDir: '.',
  testMatch: ['<rootDir>/src/**/*.e2e-spec.ts'],
  transform: {
    '^.+\\.[tj]s$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.json' }],
  },
  // The ICU message formatter the journeys read the app's messages with is published as ES modules.
  transformIgnorePatterns: ['node_modules/(?!(intl-messageformat|@formatjs)/)'],
  moduleFileExtensions: ['ts', 'js'],
  testTimeout: 60000,
};
