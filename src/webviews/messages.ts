// Every message a page sends is checked against these before anything acts on it; the rest is ignored.
import * as z from 'zod/mini';
import { SKILL_STATES } from '../progress/progressData';

const id = z.string().check(z.maxLength(100), z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/));

export const rolePageMessage = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('setSkillState'), skillId: id, state: z.enum(SKILL_STATES) }),
  z.strictObject({ type: z.literal('scaffold') }),
  z.strictObject({ type: z.literal('openOverview') }),
]);

export const overviewPageMessage = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('openRole'), roleId: id }),
]);

export type RolePageMessage = z.infer<typeof rolePageMessage>;
export type OverviewPageMessage = z.infer<typeof overviewPageMessage>;

/** The parsed message, or undefined with the reason given to `reject` (for the log). */
export function parseMessage<T>(schema: z.ZodMiniType<T>, message: unknown, reject: (reason: string) => void): T | undefined {
  const result = schema.safeParse(message);
  if (result.success) return result.data;
  reject(`ignored a malformed message from a page: ${JSON.stringify(message)?.slice(0, 200)} (${result.error.issues.map((i) => `${i.path.join('.') || 'message'}: ${i.message}`).join('; ')})`);
  return undefined;
}
