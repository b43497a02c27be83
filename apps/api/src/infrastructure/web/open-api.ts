import * as sharedDtos from '@curriculum-builder/curriculum/dto';
import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';
import { getMetadataStorage } from 'class-validator';

/** OpenAPI document at `/api/docs-json`, browsable at `/api/docs`. */
export function setUpOpenApi(app: INestApplication): void {
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Curriculum builder API')
      .setDescription(
        'Compose VET curricula from units of learning outcomes with ECVET points and work-based learning.',
      )
      .setVersion('1')
      .addBearerAuth()
      .addCookieAuth('cb_session')
      .build(),
  );
  SwaggerModule.setup('api/docs', app, withRanges(document), {
    jsonDocumentUrl: 'api/docs-json',
  });
}

/**
 * `minimum` and `maximum` of the shared DTOs' number fields, from their class-validator `@Min` and
 * `@Max` (which `@Bounded(limit)` applies from the limits table, out of the swagger plugin's sight).
 */
export function withRanges(document: OpenAPIObject): OpenAPIObject {
  const storage = getMetadataStorage();
  for (const dto of Object.values(sharedDtos)) {
    if (typeof dto !== 'function') continue;
    const schema = document.components?.schemas?.[dto.name];
    if (schema === undefined || !('properties' in schema)) continue;
    for (const rule of storage.getTargetValidationMetadatas(dto, '', true, false)) {
      const property = schema.properties?.[rule.propertyName];
      if (property === undefined || '$ref' in property || rule.each) continue;
      const bound: unknown = rule.constraints?.[0];
      if (typeof bound !== 'number') continue;
      if (rule.name === 'min') property.minimum ??= bound;
      if (rule.name === 'max') property.maximum ??= bound;
    }
  }
  return document;
}
