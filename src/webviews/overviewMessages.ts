// The overview's messages, both ways. The page asks for role pages and the Practice page; the extension sends it nothing (it is
// rendered again when progress changes, and keeps its sort and scroll through the page's saved state).
import * as z from 'zod/mini';
import { id, type PageMessages } from './messages';

export const overviewFromPage = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('openRole'), roleId: id }),
  z.strictObject({ type: z.literal('practice') }),
]);

export const overviewToPage = z.never();

export type OverviewFromPage = z.infer<typeof overviewFromPage>;

export const overviewMessages: PageMessages<OverviewFromPage, never> = { fromPage: overviewFromPage, toPage: overviewToPage };
