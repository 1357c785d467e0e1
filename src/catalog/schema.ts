// The single definition of the content format in roles/. Used at build time (and by tests) to validate the
// YAML; the extension itself only ever sees the validated JSON, typed by the types inferred here.
import * as l10n from '@vscode/l10n';
import * as z from 'zod';
import { KEBAB_ID, LEVELS, ROLE_IDS, type RoleId } from './ids';

export { LEVELS, ROLE_IDS, type Level, type RoleId } from './ids';

const kebabId = z
  .string()
  .regex(KEBAB_ID, { error: () => l10n.t('must be kebab-case: lower-case letters and digits joined by single dashes') })
  .refine((id) => !(id in Object.prototype), { error: () => l10n.t('is the name of a built-in JavaScript property; choose another id') });
const text = z
  .string()
  .trim()
  .min(1, { error: () => l10n.t('must not be empty') });
const level = z.enum(LEVELS);
const httpsUrl = z.url({ protocol: /^https$/, error: () => l10n.t('must be an https:// URL') });

const docLink = z.strictObject({
  title: text,
  url: httpsUrl,
});

const skill = z.strictObject({
  id: kebabId,
  name: text,
  description: text,
  level,
  docs: z.array(docLink).min(1, { error: () => l10n.t('needs at least one documentation link') }),
});

const skillGroup = z.strictObject({
  id: kebabId,
  title: text,
  /** Extra words the Learn command accepts for this group, e.g. "fastapi". */
  aliases: z.array(kebabId).default([]),
  skills: z.array(skill).min(1, { error: () => l10n.t('a group needs at least one skill') }),
});

const salary = z
  .strictObject({
    min: z.number().int().positive(),
    max: z.number().int().positive(),
    currency: z.string().regex(/^[A-Z]{3}$/, { error: () => l10n.t('must be an ISO 4217 code such as USD') }),
    region: text,
    period: z.literal('year'),
  })
  .refine((s) => s.min <= s.max, { error: () => l10n.t('min must not exceed max'), path: ['max'] });

const market = z.strictObject({
  salary: salary.optional(),
  /** 1–5, as the guide's stars. */
  demand: z.number().int().min(1).max(5).optional(),
  demandNote: text.optional(),
  growthPercent: z.number().optional(),
  companies: z.array(text).default([]),
  timeToJob: text.optional(),
});

const duration = z
  .strictObject({
    minMonths: z.number().int().positive(),
    maxMonths: z.number().int().positive().optional(),
    /** The guide's own wording, e.g. "4-6 months proficiency". */
    wording: text,
  })
  .refine((d) => d.maxMonths === undefined || d.minMonths <= d.maxMonths, {
    error: () => l10n.t('minMonths must not exceed maxMonths'),
    path: ['maxMonths'],
  });

const project = z.strictObject({
  title: text,
  description: text,
  /** Skill ids this project practises; each must exist in the catalog. */
  skills: z.array(kebabId).default([]),
});

const pattern = z.strictObject({ name: text, description: text });
/** `id` keys the learner's review state of the card, so it is forever, like a skill id. */
const interviewQuestion = z.strictObject({ id: kebabId, question: text, answer: text });

export const roleSchema = z.strictObject({
  id: z.enum(ROLE_IDS),
  title: text,
  /** A codicon name, e.g. "server-process". */
  icon: kebabId,
  summary: text,
  level,
  duration,
  market,
  learn: z.strictObject({
    /** Words that name this role in "/learn backend <alias> [group] [level]". */
    aliases: z.array(kebabId).min(1),
    levels: z.array(level).min(1),
  }),
  skillGroups: z.array(skillGroup).min(1),
  projects: z.array(project).min(1),
  stack: z.array(text).min(1),
  patterns: z.array(pattern).default([]),
  interview: z.array(interviewQuestion).min(8, { error: () => l10n.t('needs at least 8 interview questions') }),
});

/**
 * A workspace role (.backend-paths/roles/<id>/role.yaml): the same format, with an id of its own choosing (never a
 * built-in role's) and interview questions optional, so a small role is valid.
 */
export const workspaceRoleSchema = roleSchema.extend({
  id: kebabId.refine((id) => !(ROLE_IDS as readonly string[]).includes(id), {
    error: () => l10n.t('is a built-in role id; choose another'),
  }),
  interview: z.array(interviewQuestion).default([]),
});

export const sharedSchema = z.strictObject({
  progression: z.strictObject({
    title: text,
    wording: text,
    phases: z
      .array(
        z.strictObject({
          fromMonth: z.number().int().min(1),
          toMonth: z.number().int().min(1),
          focus: text,
        }),
      )
      .min(1),
  }),
  jobMarket: z.strictObject({
    period: text,
    /** The guide's job-market table; salary and growth come from each role's market data. */
    rows: z.array(z.strictObject({ role: z.enum(ROLE_IDS), label: text, demand: z.number().int().min(1).max(5) })).min(1),
  }),
  features: z.array(z.strictObject({ title: text, description: text })).min(1),
});

/**
 * roles/<role-id>/role.<locale>.yaml: a role's texts in another language, by id. Every field is optional: what a
 * translation leaves out is shown in English.
 */
export const roleTranslationSchema = z.strictObject({
  title: text.optional(),
  summary: text.optional(),
  skillGroups: z.record(kebabId, z.strictObject({ title: text.optional() })).optional(),
  skills: z.record(kebabId, z.strictObject({ name: text.optional(), description: text.optional() })).optional(),
  interview: z.record(kebabId, z.strictObject({ question: text.optional(), answer: text.optional() })).optional(),
});
export type RoleTranslation = z.infer<typeof roleTranslationSchema>;

/** roles/renamed.yaml: old skill id → new skill id, so saved progress follows renamed skills. */
export const renamedSchema = z.record(kebabId, kebabId);

/** A role of the built-in catalog (roles/). */
export type CatalogRole = z.infer<typeof roleSchema>;
/** Any role the extension shows: built-in, or from the workspace (whose ids are namespaced, see ids.ts). */
export type Role = z.infer<typeof workspaceRoleSchema>;
export type SkillGroup = Role['skillGroups'][number];
export type Skill = SkillGroup['skills'][number];
export type Shared = z.infer<typeof sharedSchema>;
export type InterviewQuestion = Role['interview'][number];

/** What the extension knows of an exercise without reading its project's manifest. */
export interface ExerciseSummary {
  id: string;
  title: string;
  skills: string[];
  /** The title of the role's other starter that has it (starter.yaml's); absent for the role's first starter's. */
  starter?: string;
}

/** What the build bundles into the extension: roles in the guide's order, shared content, renames, exercises. */
export interface Catalog {
  roles: CatalogRole[];
  shared: Shared;
  renamed: Record<string, string>;
  /** Role id → its starter's exercises (from roles/<role-id>/exercises.yaml). */
  exercises?: Partial<Record<RoleId, ExerciseSummary[]>>;
  /** Locale (`es`) → role id → the role's texts in that language (roles/<role-id>/role.<locale>.yaml). */
  translations?: Record<string, Record<string, RoleTranslation>>;
}
