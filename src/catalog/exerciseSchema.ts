// The format of roles/<role-id>/exercises.yaml: a starter's exercises and the checks that prove them. Build-time
// only (full zod); the scaffolded project carries the validated result as .backend-paths/exercises.json, which
// the extension reads with the light schema in src/exercises/manifest.ts.
import * as l10n from '@vscode/l10n';
import * as z from 'zod';

const kebabId = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: () => l10n.t('must be kebab-case: lower-case letters and digits joined by single dashes') });
const text = z
  .string()
  .trim()
  .min(1, { error: () => l10n.t('must not be empty') });
/** A '/'-separated path inside the project: no absolute paths, no way out of the folder. */
const projectPath = z.string().regex(/^(?!\/)(?![A-Za-z]:)(?!.*(^|\/)\.\.(\/|$))[^\\\0]+$/, {
  error: () => l10n.t('must be a relative path inside the project (no "..", "/" separators)'),
});

const check = z.strictObject({
  /** Run in the project folder without a shell; argv[0] is a program on the PATH. */
  argv: z
    .array(z.string().min(1, { error: () => l10n.t('must not be empty') }))
    .min(1, { error: () => l10n.t('needs the program to run') }),
  /** The test files that hold the exercise's checks; each must exist in the starter. */
  files: z.array(projectPath).min(1, { error: () => l10n.t('name the test file(s) that hold the checks') }),
  /** A JUnit XML report that argv writes: where failure messages are read from. */
  junit: projectPath.optional(),
  timeoutSeconds: z.number().int().min(5).max(1800).default(120),
  /** A path that must exist before the check can run (e.g. node_modules), and what creates it. */
  needs: z.strictObject({ path: projectPath, setup: text }).optional(),
});

export const exerciseSchema = z.strictObject({
  id: kebabId,
  title: text,
  /** Skill ids of the role; a pass verifies each. */
  skills: z.array(kebabId).min(1, { error: () => l10n.t('name the skill(s) this exercise practises') }),
  instructions: text,
  hint: text.optional(),
  check,
});

export const exercisesFileSchema = z.strictObject({
  exercises: z.array(exerciseSchema).min(1, { error: () => l10n.t('list at least one exercise') }),
});

export type Exercise = z.infer<typeof exerciseSchema>;
