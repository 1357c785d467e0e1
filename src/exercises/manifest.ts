// The machine-readable list of a scaffolded project's exercises, .backend-paths/exercises.json: written at build
// time from roles/<role-id>/exercises.yaml, read by the extension (and any other tool) to find and run the checks.
// A manifest in a workspace is untrusted input: it is validated here, bounded, and its paths must stay inside the
// project. zod/mini keeps this light, since it is read whenever a workspace has exercises.
import * as l10n from '@vscode/l10n';
import * as z from 'zod/mini';
import type { Exercise } from '../catalog/exerciseSchema';

export const MANIFEST_PATH = '.backend-paths/exercises.json';
export const MANIFEST_FORMAT = 'backend-paths-exercises';
export const MANIFEST_VERSION = 1;

export interface ManifestExercise {
  id: string;
  title: string;
  skills: string[];
  instructions: string;
  hint?: string | undefined;
  /** Run in the project folder, never through a shell. */
  argv: string[];
  /** The test files that hold the checks, relative to the project. */
  files: string[];
  /** A JUnit XML report that argv writes, relative to the project. */
  junit?: string | undefined;
  timeoutSeconds: number;
  needs?: { path: string; setup: string } | undefined;
}

export interface Manifest {
  role: string;
  exercises: ManifestExercise[];
}

/** The manifest's schema: built on first use (see `schema`), so activation and a workspace without exercises never pay for it. */
function manifestSchema() {
  const id = z.string().check(z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/), z.maxLength(100));
  const shortText = z.string().check(z.minLength(1), z.maxLength(500));
  const longText = z.string().check(z.maxLength(20_000));
  const projectPath = z.string().check(z.maxLength(500), z.regex(/^(?!\/)(?![A-Za-z]:)(?!.*(^|\/)\.\.(\/|$))[^\\\0]+$/));

  const exerciseSchema = z.object({
    id,
    title: shortText,
    skills: z.array(id).check(z.maxLength(50)),
    instructions: longText,
    hint: z.optional(longText),
    argv: z.array(z.string().check(z.minLength(1), z.maxLength(4096))).check(z.minLength(1), z.maxLength(200)),
    files: z.array(projectPath).check(z.maxLength(50)),
    junit: z.optional(projectPath),
    timeoutSeconds: z.number().check(z.int(), z.minimum(1), z.maximum(3600)),
    needs: z.optional(z.object({ path: projectPath, setup: shortText })),
  });

  return z.object({
    format: z.literal(MANIFEST_FORMAT),
    // A newer version is read as far as it is understood: fields this version does not know are ignored.
    version: z.number().check(z.int(), z.minimum(1)),
    role: id,
    exercises: z.array(exerciseSchema).check(z.maxLength(200)),
  });
}

let schema: ReturnType<typeof manifestSchema> | undefined;

export type ManifestResult = { ok: true; manifest: Manifest } | { ok: false; error: string };

export function parseManifest(text: string): ManifestResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, error: l10n.t('not JSON ({0})', (error as Error).message) };
  }
  schema ??= manifestSchema();
  const result = schema.safeParse(json);
  if (!result.success) {
    const issue = result.error.issues[0];
    const where = issue?.path.length ? issue.path.join('.') : l10n.t('the file');
    return { ok: false, error: l10n.t('not a Backend Paths exercise manifest: {0}: {1}', where, issue?.message ?? l10n.t('invalid')) };
  }
  const { role, exercises } = result.data;
  const seen = new Set<string>();
  const duplicate = exercises.find((e) => seen.size === seen.add(e.id).size);
  if (duplicate) return { ok: false, error: l10n.t('the exercise id "{0}" is listed twice', duplicate.id) };
  return { ok: true, manifest: { role, exercises } };
}

/** Build time: the exercises of a validated exercises.yaml as the manifest lists them (each check's fields inline). */
export function manifestExercises(exercises: readonly Exercise[]): ManifestExercise[] {
  return exercises.map(({ check, ...exercise }) => ({ ...exercise, ...check }));
}

/** Build time: the manifest a role's starter ships, from its validated exercises.yaml. */
export function manifestJson(roleId: string, exercises: readonly Exercise[]): string {
  const manifest = { format: MANIFEST_FORMAT, version: MANIFEST_VERSION, role: roleId, exercises: manifestExercises(exercises) };
  return `${JSON.stringify(manifest, null, 2)}\n`;
}
