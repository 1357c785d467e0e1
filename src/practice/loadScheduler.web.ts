// loadScheduler.ts for the web worker extension host: the same dist/scheduler.js, loaded by webChunk.ts.
import { loadChunk } from '../webChunk';
import type { Scheduler } from './loadScheduler';

export const loadScheduler = (): Promise<Scheduler> => loadChunk<Scheduler>('scheduler');
