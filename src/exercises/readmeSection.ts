// The Exercises section of a starter's README, generated from its exercises (exercises.yaml, as its manifest lists
// them) so the prose and the checks never drift apart. The template's README holds EXERCISES_MARKER where the
// section goes. Written by the build, and again when the starter pack is read (starterPack.ts), which keeps the
// template's README and the manifest rather than the exercises' text twice.
import type { ManifestExercise } from './manifest';

export const EXERCISES_MARKER = '<!-- backend-paths:exercises -->';

/** Quotes one argv entry for the README's command line (POSIX shell quoting, only where needed). */
function shellWord(word: string): string {
  return /^[\w@%+=:,./-]+$/.test(word) ? word : `'${word.replaceAll("'", `'\\''`)}'`;
}

export function exercisesMarkdown(exercises: readonly ManifestExercise[]): string {
  const parts = [
    "Each exercise comes with a check that fails until you have done it. Run the checks from VS Code's **Testing**",
    'view (*Backend Paths exercises*, or the ▷ beside a check in its test file) or from a terminal with the command',
    'shown. A passing check marks the skills it names as *verified* in Backend Paths.',
  ];
  exercises.forEach((exercise, i) => {
    parts.push('', `### ${i + 1}. ${exercise.title}`, '', exercise.instructions.trim());
    if (exercise.hint) parts.push('', '<details><summary>Hint</summary>', '', exercise.hint.trim(), '', '</details>');
    const { argv, files, needs } = exercise;
    parts.push('', `Check: \`${argv.map(shellWord).join(' ')}\` (tests in ${files.map((f) => `\`${f}\``).join(', ')})`);
    if (needs) parts.push('', `Run \`${needs.setup}\` once before the first check.`);
    parts.push('', `Skills: ${exercise.skills.map((id) => `\`${id}\``).join(', ')}`);
  });
  return parts.join('\n');
}

/** The README with its marker replaced; a README without the marker is an error naming the file. */
export function withExercises(readme: string, exercises: readonly ManifestExercise[], where: string): string {
  if (!readme.includes(EXERCISES_MARKER)) throw new Error(`${where}: has no ${EXERCISES_MARKER} line for the exercises`);
  return readme.replace(EXERCISES_MARKER, exercisesMarkdown(exercises));
}
