// Request DTOs (class-validator classes) shared by the API's @Body() and the web app's forms.
// A separate entry point, `@curriculum-builder/curriculum/dto`, so that code which only needs the
// model and the rules never loads class-validator.
export * from './lib/dto/curriculum.dto';
export * from './lib/dto/esco-reference.dto';
export * from './lib/dto/json-types';
export * from './lib/dto/localized-text.validator';
export * from './lib/dto/partial-dto';
export * from './lib/dto/unit.dto';
export * from './lib/dto/work-based-learning.dto';
export * from './lib/dto/account.dto';
export * from './lib/dto/review.dto';
export * from './lib/dto/mobility.dto';
export * from './lib/dto/translation.dto';
export * from './lib/dto/esco.dto';
export * from './lib/dto/library.dto';
export * from './lib/dto/placement.dto';
