import type { Config } from 'jest';

/**
 * Unit tests of every project, in one Jest run. The end-to-end suites have configs of their own
 * (apps/api/jest.e2e.config.cts, apps/web-e2e/jest.config.cts) and run after the build.
 */
const config: Config = {
  projects: [
    '<rootDir>/apps/api/jest.config.cts',
    '<rootDir>/apps/web/jest.config.cts',
    '<rootDir>/libs/curriculum/jest.config.cts',
  ],
};

export default config;
