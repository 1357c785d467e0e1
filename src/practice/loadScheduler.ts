// Loads the scheduler's chunk (dist/scheduler.js, see scripts/build.mjs) with the first card, not at activation.
// The web bundle takes loadScheduler.web.ts.
export type Scheduler = typeof import('../practice/scheduler.js');

// Spelt from src/ so that the build's lazy chunk rule recognises it.
export const loadScheduler = (): Promise<Scheduler> => import('../practice/scheduler.js');
