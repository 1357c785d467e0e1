import { type INestApplication, ValidationPipe } from '@nestjs/common';

/**
 * What main.ts and the tests both apply to the app, so the tests run the API as it is served: every body is
 * validated against its DTO class, unknown properties are refused, and the body becomes an instance of the DTO.
 */
export function configureApp(app: INestApplication): INestApplication {
  app.useGlobalPipes(new ValidationPipe({ whitelist: true, forbidNonWhitelisted: true, transform: true }));
  return app;
}
