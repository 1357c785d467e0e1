// Shared by the exercise checks: the whole app, set up as main.ts does, in memory.
import type { INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import request from 'supertest';
import { AppModule } from '../src/app.module';
import { configureApp } from '../src/configure-app';

export async function exerciseApp(): Promise<INestApplication> {
  const moduleRef = await Test.createTestingModule({ imports: [AppModule] }).compile();
  const app = configureApp(moduleRef.createNestApplication());
  await app.init();
  return app;
}

/**
 * Creates a task through the API and returns it. It sends the x-api-key of the exercise "Guard the writes with an
 * API key" (set in API_KEY), so these checks keep passing once POST /tasks needs it.
 */
export async function createTask(app: INestApplication, title: string) {
  process.env.API_KEY ??= 'exercise-checks-api-key';
  const res = await request(app.getHttpServer()).post('/tasks').set('x-api-key', process.env.API_KEY).send({ title });
  if (res.status !== 201) throw new Error(`POST /tasks {"title":"${title}"} should answer 201; got ${res.status} ${JSON.stringify(res.body)}`);
  return res.body as { id: number; title: string; done: boolean };
}
