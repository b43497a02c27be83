import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';

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
  SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: 'api/docs-json' });
}
