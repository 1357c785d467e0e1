// The role.yaml texts the commands write: a fork of a built-in role (every id made new, so the fork's progress is
// its own and nothing collides with the built-in role), and a small valid skeleton. Pure; in the workspace roles'
// chunk, as it needs the YAML writer.
import { stringify } from 'yaml';
import type { CatalogRole, Role } from '../catalog/schema';

const HEADER = '# A Backend Paths role: the format is in the README ("Your own roles"); unknown fields are errors.\n';

function yamlOf(role: Role, comment: string): string {
  return `${HEADER}# ${comment}\n${stringify(role, { lineWidth: 0 })}`;
}

/** `role` as a workspace role `id` titled `title`: skill and question ids prefixed with `id`, Learn words its own. */
export function forkRoleYaml(role: CatalogRole, id: string, title: string): string {
  const renamed = (old: string) => `${id}-${old}`;
  const fork: Role = {
    ...role,
    id,
    title,
    learn: { ...role.learn, aliases: [id] },
    skillGroups: role.skillGroups.map((group) => ({
      ...group,
      aliases: [],
      skills: group.skills.map((skill) => ({ ...skill, id: renamed(skill.id) })),
    })),
    projects: role.projects.map((project) => ({ ...project, skills: project.skills.map(renamed) })),
    interview: role.interview.map((question) => ({ ...question, id: renamed(question.id) })),
  };
  return yamlOf(fork, `Forked from the built-in role "${role.title}" (${role.id}); its ids are new, so your progress here is its own.`);
}

/** A small role that loads as it is: one group of one skill, one project. */
export function newRoleYaml(id: string, title: string): string {
  const role: Role = {
    id,
    title,
    icon: 'book',
    summary: 'What this path is for, in a sentence or two.',
    level: 'beginner',
    duration: { minMonths: 1, maxMonths: 3, wording: '1-3 months' },
    market: { companies: [] },
    learn: { aliases: [id], levels: ['beginner'] },
    skillGroups: [
      {
        id: 'basics',
        title: 'Basics',
        aliases: [],
        skills: [
          {
            id: `${id}-first-skill`,
            name: 'Your first skill',
            description: 'What the learner can do once this skill is done.',
            level: 'beginner',
            docs: [{ title: 'Where to learn it', url: 'https://developer.mozilla.org/' }],
          },
        ],
      },
    ],
    projects: [{ title: 'A first project', description: 'Something small to build with these skills.', skills: [`${id}-first-skill`] }],
    stack: ['Your stack'],
    patterns: [],
    interview: [],
  };
  return yamlOf(role, 'Skill and question ids are forever: progress is saved under them.');
}
