/**
 * The @nestjs/swagger compiler plugin, configured once: OpenAPI schemas from the DTO classes (also
 * those of libs/curriculum) and their class-validator rules, without decorating the shared library
 * with Nest-specific ones. The API build (tools/scripts/build-api.mjs) uses `options`; the API e2e
 * tests load this file as a ts-jest AST transformer, so that `/api/docs-json` in the tests is the
 * document production serves.
 */
const swaggerPlugin = require('@nestjs/swagger/plugin');

const options = {
  classValidatorShim: true,
  introspectComments: true,
  dtoFileNameSuffix: ['.dto.ts', '.query.ts'],
};

module.exports = {
  options,
  name: 'nestjs-swagger-openapi',
  version: 1,
  factory: (compiler) => swaggerPlugin.before(options, compiler.program),
};
