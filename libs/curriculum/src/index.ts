export * from './lib/model/error-response';
export * from './lib/model/health';
export * from './lib/model/localized-text';
export * from './lib/rules/finding';
export * from './lib/rules/qualification-points';
