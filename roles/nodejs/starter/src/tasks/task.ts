import { z } from 'zod';

export interface Task {
  id: string;
  ownerId: string;
  title: string;
  done: boolean;
  createdAt: Date;
  updatedAt: Date;
}

const title = z.string().trim().min(1, 'must not be empty').max(200);

/** Body of POST /tasks. Unknown fields are rejected rather than silently dropped. */
export const createTaskSchema = z.strictObject({ title });

/** Body of PATCH /tasks/:id. */
export const updateTaskSchema = z
  .strictObject({ title: title.optional(), done: z.boolean().optional() })
  .refine((changes) => Object.keys(changes).length > 0, { message: 'provide at least one of: title, done' });

export const taskIdSchema = z.uuid();

export type NewTask = z.infer<typeof createTaskSchema> & { ownerId: string };
export type TaskChanges = z.infer<typeof updateTaskSchema>;
