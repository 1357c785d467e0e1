// The border between the extension and its pages. Each page has one schema module (roleMessages.ts,
// overviewMessages.ts) with both directions: what the page may send, checked the moment it arrives, and what
// the extension sends it, checked before it leaves. media/messages.js checks the second direction again inside
// the page; test/unit/webviewMessages.test.ts runs both sides over the same messages.
import * as z from 'zod/mini';

/** A catalog id (role or skill) as a page may name it. */
export const id = z.string().check(z.maxLength(100), z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/));

/** A page's two message schemas. */
export interface PageMessages<FromPage, ToPage> {
  fromPage: z.ZodMiniType<FromPage>;
  toPage: z.ZodMiniType<ToPage>;
}

/** The parsed message, or undefined with the reason given to `reject` (for the log). */
export function parseMessage<T>(schema: z.ZodMiniType<T>, message: unknown, reject: (reason: string) => void): T | undefined {
  const result = schema.safeParse(message);
  if (result.success) return result.data;
  reject(
    `malformed message: ${JSON.stringify(message)?.slice(0, 200)} (${result.error.issues.map((i) => `${i.path.join('.') || 'message'}: ${i.message}`).join('; ')})`,
  );
  return undefined;
}
