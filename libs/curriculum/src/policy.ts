// Who may do what (roles and permissions), as an entry point of its own,
// `@curriculum-builder/curriculum/policy`: the web app's first page checks permissions without
// loading the rule engine and the rest of the contract (ADR 0024, first paint on phones).
export * from './lib/model/policy';
