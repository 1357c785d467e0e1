// Shared by the exercise checks: your app with the dependencies a check needs, tokens for test users, and
// loading a module an exercise asks you to create (so a check fails with "create …" instead of crashing).
import { existsSync } from 'node:fs';
import { pino } from 'pino';
import { expect } from 'vitest';
import { createApp, type AppDependencies } from '../src/app.js';
import { createTokenService } from '../src/auth/tokens.js';
import { InMemoryTaskRepository } from '../src/tasks/in-memory-task-repository.js';

export const SECRET = 'exercise-check-secret-at-least-32-characters';

/**
 * createApp with a silent logger, HS256 tokens and an empty in-memory repository, plus `extra` dependencies
 * (an exercise's new options). A generous rate limit keeps the other checks clear of exercise 1's limiter.
 */
export function exerciseApp(extra: Record<string, unknown> = {}) {
  const tokens = createTokenService(SECRET);
  const deps = {
    logger: pino({ level: 'silent' }),
    tokens,
    tasks: new InMemoryTaskRepository(),
    rateLimit: { limit: 1_000_000, windowMs: 60_000 },
    ...extra,
  };
  // A variable, not a literal: the extra options need not exist in AppDependencies until you add them.
  const app = createApp(deps as unknown as AppDependencies);
  return { app, bearer: async (userId: string) => `Bearer ${await tokens.issue(userId)}` };
}

/** An export of a project file the exercise asks for; fails the test with what to create when it is missing. */
export async function projectExport<T = unknown>(file: string, name: string, what: string): Promise<T> {
  const url = new URL(`../${file}`, import.meta.url);
  if (!existsSync(url)) expect.fail(`create ${file} exporting ${what}`);
  const module = (await import(/* @vite-ignore */ url.href)) as Record<string, unknown>;
  if (module[name] === undefined) {
    const exported = Object.keys(module);
    expect.fail(`${file} should export ${what}; it exports ${exported.length > 0 ? exported.join(', ') : 'nothing'}`);
  }
  return module[name] as T;
}

/** Resolves after ms milliseconds. */
export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
