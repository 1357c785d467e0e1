// Reference solution of nodejs/nestjs/nest-api-key-guard: ApiKeyGuard compares x-api-key with API_KEY (in
// constant time), and only the controller's POST uses it; the starter's tests send the key. Applied after the
// other solutions (test/starters/exercises.mjs applies them in the order of exercises.yaml).
export default [
  {
    file: 'src/auth/api-key.guard.ts',
    content: `import { timingSafeEqual } from 'node:crypto';
import { type CanActivate, type ExecutionContext, Injectable, UnauthorizedException } from '@nestjs/common';
import type { Request } from 'express';

/** Lets a request through when its x-api-key header is the API_KEY of the environment. */
@Injectable()
export class ApiKeyGuard implements CanActivate {
  canActivate(context: ExecutionContext): boolean {
    const expected = process.env.API_KEY;
    const given = context.switchToHttp().getRequest<Request>().header('x-api-key');
    if (!expected || !given || !sameSecret(given, expected)) throw new UnauthorizedException('Send a valid x-api-key header');
    return true;
  }
}

function sameSecret(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}
`,
  },
  {
    file: 'src/tasks/tasks.controller.ts',
    replace: `import { CreateTaskDto } from './dto/create-task.dto';`,
    with: `import { ApiKeyGuard } from '../auth/api-key.guard';
import { CreateTaskDto } from './dto/create-task.dto';`,
  },
  {
    file: 'src/tasks/tasks.controller.ts',
    replace: `  @Post()\n`,
    with: `  @Post()\n  @UseGuards(ApiKeyGuard)\n`,
  },
  {
    file: 'src/tasks/tasks.controller.ts',
    replace: `Post } from '@nestjs/common';`,
    with: `Post, UseGuards } from '@nestjs/common';`,
  },
  // The starter's own tests create tasks: they now send the key.
  {
    file: 'test/helpers.ts',
    replace: `export async function createTestApp(): Promise<INestApplication> {`,
    with: `export const TEST_API_KEY = 'starter-test-api-key';

export async function createTestApp(): Promise<INestApplication> {
  process.env.API_KEY = TEST_API_KEY;`,
  },
  {
    file: 'test/tasks.e2e.test.ts',
    replace: `import { createTestApp } from './helpers';`,
    with: `import { createTestApp, TEST_API_KEY } from './helpers';`,
  },
  {
    file: 'test/tasks.e2e.test.ts',
    replace: `await request(app.getHttpServer()).post('/tasks').send({ title: 'Learn NestJS' })`,
    with: `await request(app.getHttpServer()).post('/tasks').set('x-api-key', TEST_API_KEY).send({ title: 'Learn NestJS' })`,
  },
  {
    file: 'test/tasks.e2e.test.ts',
    replace: `await request(app.getHttpServer()).post('/tasks').send(body)`,
    with: `await request(app.getHttpServer()).post('/tasks').set('x-api-key', TEST_API_KEY).send(body)`,
  },
];
