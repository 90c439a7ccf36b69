import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, type OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import { addZodComponents } from '@gemeente-crm/api-http';

export const API_VERSION = '1.0.0';

/** The OpenAPI document of the API as the code declares it; the committed openapi.json must equal it. */
export function buildOpenApiDocument(app: INestApplication): OpenAPIObject {
  const config = new DocumentBuilder()
    .setTitle('Gemeente CRM API')
    .setDescription(
      'REST API of Gemeente CRM, the open-source CRM for Dutch municipalities. ' +
        'Errors are application/problem+json with a stable `code`; updates need `If-Match`; ' +
        'changes accept a reason in `X-Reason` that is kept in the audit trail.',
    )
    .setVersion(API_VERSION)
    .setLicense('EUPL-1.2', 'https://eupl.eu/1.2/nl/')
    .addServer('/', 'This server')
    .addBearerAuth({ type: 'http', scheme: 'bearer', bearerFormat: 'JWT', description: 'Access token from Entra ID (or the local demo provider)' }, 'bearer')
    .addSecurityRequirements('bearer')
    .build();
  const document = SwaggerModule.createDocument(app, config, { operationIdFactory: (controller, method) => `${controller.replace(/Controller$/, '')}_${method}` });
  return sortKeys(addZodComponents(document));
}

/** Paths sorted so the committed file does not churn with module load order. */
function sortKeys(document: OpenAPIObject): OpenAPIObject {
  document.paths = Object.fromEntries(Object.entries(document.paths).sort(([a], [b]) => a.localeCompare(b)));
  return document;
}
