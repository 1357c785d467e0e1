import { pino, type Logger } from 'pino';
import { createApp } from '../src/app.js';
import { createTokenService } from '../src/auth/tokens.js';
import { createLogger } from '../src/logger.js';
import { InMemoryTaskRepository } from '../src/tasks/in-memory-task-repository.js';
import type { TaskRepository } from '../src/tasks/task-repository.js';

export const TEST_SECRET = 'test-secret-that-is-at-least-32-characters';

/** A fresh app with an empty repository and silent logs, unless the test brings its own. */
export function testApp({
  tasks = new InMemoryTaskRepository(),
  logger = pino({ level: 'silent' }),
}: { tasks?: TaskRepository; logger?: Logger } = {}) {
  const tokens = createTokenService(TEST_SECRET);
  const app = createApp({ logger, tokens, tasks });
  const bearer = async (userId: string) => `Bearer ${await tokens.issue(userId)}`;
  return { app, bearer };
}

/** The app's logger, keeping its JSON lines in memory for assertions. */
export function memoryLogger() {
  const lines: Record<string, unknown>[] = [];
  const logger = createLogger('info', { write: (line: string) => lines.push(JSON.parse(line) as Record<string, unknown>) });
  return { logger, lines };
}
