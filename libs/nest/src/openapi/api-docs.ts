import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, getSchemaPath, SwaggerModule } from '@nestjs/swagger';
import { ProblemResponse } from './problem.response';

export const API_DOCS_PATH = 'api/docs';

/**
 * Swagger UI at /api/docs and the OpenAPI document at /api/docs-json, built from the controllers of
 * the contexts this process hosts: in distributed mode each service documents its own routes.
 */
export const publishApiDocs = (app: INestApplication, contexts: readonly string[]): void => {
  const config = new DocumentBuilder()
    .setTitle('Commonplan')
    .setDescription(
      'Consultation and participatory budgeting for cities that integrate migrants. ' +
        `Contexts served here: ${contexts.join(', ')}. Errors are application/problem+json (RFC 9457).`,
    )
    .setVersion('1')
    .setLicense('AGPL-3.0-only', 'https://www.gnu.org/licenses/agpl-3.0.html')
    .addGlobalResponse({
      status: 'default',
      description: 'An error, as application/problem+json (RFC 9457)',
      content: { 'application/problem+json': { schema: { $ref: getSchemaPath(ProblemResponse) } } },
    })
    .build();
  const document = () => SwaggerModule.createDocument(app, config, { extraModels: [ProblemResponse] });
  SwaggerModule.setup(API_DOCS_PATH, app, document, {
    jsonDocumentUrl: `${API_DOCS_PATH}-json`,
    customSiteTitle: 'Commonplan API',
  });
};
