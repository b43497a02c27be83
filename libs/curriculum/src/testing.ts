// Fixtures and builders for tests and benchmarks (`@curriculum-builder/curriculum/testing`).
export * from './lib/content/generate-curriculum';
export * from './lib/rules/testing/curriculum-builder';
