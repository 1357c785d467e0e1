// The checks an exercises.yaml gets beyond its schema, for built-in roles (loadExercises.ts, at build time) and
// workspace roles (their lazy chunk) alike: unique exercise ids, skills that exist, test files that are in the
// starter. Pure: what counts as a known skill and a starter's file is the caller's to say.
import type { Exercise } from './exerciseSchema';
import * as l10n from '@vscode/l10n';
import { formatPath, type Parsed } from './load';
import { formatPlace, type Problem } from './problems';

export interface ExerciseRules {
  /** Why an exercise may not name the skill `id`; undefined when it may. */
  unknownSkill(id: string): string | undefined;
  /** Whether `relative` ('/'-separated) is a file of the starter. */
  hasStarterFile(relative: string): boolean;
  /** The starter folder as problems name it, e.g. roles/nodejs/starter. */
  starterName: string;
}

/** Adds each problem of the parsed exercises to `problems`, as `exercises[2].skills[0]: …` at its place. */
export function checkExercises({ file, value }: Parsed<{ exercises: Exercise[] }>, rules: ExerciseRules, problems: Problem[]): void {
  if (!value) return;
  const firstPlaces = new Map<string, string>();
  value.exercises.forEach((exercise, e) => {
    const add = (keys: (string | number)[], message: string) => {
      const at = file.place(['exercises', e, ...keys]);
      problems.push({ file: at.file, at, message: `${formatPath(['exercises', e, ...keys])}: ${message}` });
    };
    const first = firstPlaces.get(exercise.id);
    if (first) add(['id'], l10n.t('duplicate exercise id "{0}" (first at {1})', exercise.id, first));
    else firstPlaces.set(exercise.id, formatPlace(file.place(['exercises', e, 'id'])));
    exercise.skills.forEach((id, i) => {
      const why = rules.unknownSkill(id);
      if (why) add(['skills', i], l10n.t('unknown skill id "{0}" ({1})', id, why));
    });
    exercise.check.files.forEach((relative, i) => {
      if (!rules.hasStarterFile(relative)) add(['check', 'files', i], l10n.t('"{0}" is not a file of {1}', relative, rules.starterName));
    });
  });
}
