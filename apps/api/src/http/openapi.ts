import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';

/** OpenAPI JSON at /docs/openapi.json and a browsable page at /docs. */
export function publishOpenApi(app: INestApplication): void {
  const config = new DocumentBuilder()
    .setTitle('Open Revenues API')
    .setDescription(
      'Revenues and benefits for UK councils. Every REST route has a GraphQL twin at /graphql; both dispatch the same commands and queries.',
    )
    .setVersion('1')
    .addBearerAuth({ type: 'http', scheme: 'bearer', bearerFormat: 'JWT' })
    .build();
  const document = SwaggerModule.createDocument(app, config);
  SwaggerModule.setup('docs', app, document, { jsonDocumentUrl: 'docs/openapi.json' });
}
