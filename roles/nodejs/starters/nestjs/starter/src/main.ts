// Entry point: builds the app from AppModule, applies the shared setup and listens on PORT (3000 by default).
import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { AppModule } from './app.module';
import { configureApp } from './configure-app';

async function bootstrap(): Promise<void> {
  const app = await NestFactory.create(AppModule);
  configureApp(app);
  // Closes the app (and calls the providers' shutdown hooks) on SIGTERM and SIGINT.
  app.enableShutdownHooks();
  const port = Number(process.env.PORT ?? 3000);
  await app.listen(port);
  console.log(`listening on http://localhost:${port}`);
}

void bootstrap();
