// What the catalogue and a learner's pathway run of the contract: the model of a curriculum (its
// types, vocabularies and choice rules) and the points per programme year, as an entry point of its
// own, `@curriculum-builder/curriculum/pathway`. The pages a learner opens first on a phone load
// neither the rest of the model (limits, verbs, ISCED-F fields) nor the rule engine's messages
// (ADR 0024; ADR 0023, addendum). Types come from `@curriculum-builder/curriculum/model`.
export * from './lib/model/curriculum';
export { computeYearLoads, type YearLoad } from './lib/rules/year-loads';
