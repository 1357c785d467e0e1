// "What next": the role the learner worked on last, and the skill to do next in a role. Pure.
import * as l10n from '@vscode/l10n';
import { LEVELS } from '../catalog/ids';
import { levelName } from '../catalog/levelName';
import type { Role, Skill } from '../catalog/schema';
import type { CheckRecord, ShownState, SkillProgress } from './progressData';

export interface NextSkill {
  skill: Skill;
  /** Why this one, as the end of a sentence: "… because <reason>". */
  reason: string;
}

const isDone = (state: ShownState) => state === 'done' || state === 'verified';

/**
 * The first skill not done at the lowest level that has any left, preferring one in progress at that level.
 * Undefined when every skill of the role is done.
 */
export function nextSkill(role: Role, stateOf: (skillId: string) => ShownState): NextSkill | undefined {
  const open = role.skillGroups.flatMap((group) => group.skills).filter((skill) => !isDone(stateOf(skill.id)));
  if (open.length === 0) return undefined;
  const level = LEVELS.find((l) => open.some((skill) => skill.level === l)) ?? open[0].level;
  const candidates = open.filter((skill) => skill.level === level);
  const started = candidates.find((skill) => stateOf(skill.id) === 'in-progress');
  if (started) return { skill: started, reason: l10n.t('you started it, and {0} is the lowest level you have left', levelName(level)) };
  return { skill: candidates[0], reason: l10n.t('it is the first {0} skill you have not done', levelName(level)) };
}

/** When a skill was last worked on: ticked or started (not unticked), or an exercise check ran. */
export function lastWorkedAt(progress: SkillProgress | undefined, check: CheckRecord | undefined): number | undefined {
  const times = [progress?.state === 'not-started' ? undefined : progress?.changedAt, check?.passedAt, check?.failedAt];
  const known = times.filter((t): t is number => t !== undefined);
  return known.length > 0 ? Math.max(...known) : undefined;
}

/** The role holding the latest piece of work, if any. */
export function lastWorkedRole(roles: readonly Role[], workedAt: (skillId: string) => number | undefined): Role | undefined {
  let latest: { role: Role; at: number } | undefined;
  for (const role of roles) {
    for (const skill of role.skillGroups.flatMap((group) => group.skills)) {
      const at = workedAt(skill.id);
      if (at !== undefined && (!latest || at > latest.at)) latest = { role, at };
    }
  }
  return latest?.role;
}
