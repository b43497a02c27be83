// The contract's model (types, constants, the choice rules of a curriculum) without the ECVET rule
// engine, the content checks and the diff: `@curriculum-builder/curriculum/model`, for the pages a
// learner opens on a phone (the catalogue and the pathway), whose first paint should not wait for
// code they never run (ADR 0024). The package's main entry is this and the rest.
export * from './lib/model/account';
export * from './lib/model/audit';
export * from './lib/model/content-licenses';
export * from './lib/model/curriculum';
export * from './lib/model/isced-f';
export * from './lib/model/nqf-frameworks';
export * from './lib/model/curriculum-shape';
export * from './lib/model/esco';
export * from './lib/model/library';
export * from './lib/model/placement';
export * from './lib/model/job';
export type * from './lib/model/coverage';
export * from './lib/model/error-response';
export * from './lib/model/fields';
export * from './lib/model/health';
export * from './lib/model/institution';
export * from './lib/model/lifecycle';
export * from './lib/model/notification';
export * from './lib/model/presence';
export * from './lib/model/limits';
export * from './lib/model/policy';
export * from './lib/model/localized-text';
export * from './lib/model/message';
export * from './lib/model/translation';
export * from './lib/model/outcome-verbs';
export * from './lib/model/review';
export * from './lib/model/workflow';
export * from './lib/model/mobility';
export * from './lib/model/learner-progress';
// The points per programme year, as the pathway's timeline shows them.
export { computeYearLoads } from './lib/rules/year-loads';
export type { YearLoad } from './lib/rules/year-loads';
