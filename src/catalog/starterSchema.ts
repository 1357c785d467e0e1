// The format of roles/<role-id>/starter.yaml: the project names a starter's generated code cannot take (a Python
// package that would shadow a library it imports, a C# namespace that would hide a type it uses) and its
// ecosystem's limits, each with the reason the user is shown; for a role's second starter, also how the wizard
// names it. Validated at build time like role.yaml; the wizard, the CLI and the scaffold command refuse those names
// (src/scaffold/projectName.ts).
import * as l10n from '@vscode/l10n';
import * as z from 'zod';

/** The names derived from a project name, as the template variables {{bp.<variable>}} (src/scaffold/projectName.ts). */
export const NAME_VARIABLES = ['projectName', 'snakeName', 'pascalName', 'camelName', 'flatName'] as const;
export type NameVariable = (typeof NAME_VARIABLES)[number];

/** What each variable can hold for a valid project name: a reserved name outside this could never match. */
const VARIABLE_VALUES: Record<NameVariable, RegExp> = {
  projectName: /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/,
  snakeName: /^[a-z][a-z0-9]*(_[a-z0-9]+)*$/,
  pascalName: /^[A-Z][A-Za-z0-9]*$/,
  camelName: /^[a-z][A-Za-z0-9]*$/,
  flatName: /^[a-z][a-z0-9]*$/,
};

/** Shown to the user after the name; `{name}` stands for the derived name that matched. */
const reason = z
  .string()
  .trim()
  .regex(/^[^{}]*(\{name\}[^{}]*)*$/, { error: () => l10n.t('only {name} may appear in braces') })
  .regex(/^[A-Z"].*[.]$/s, { error: () => l10n.t('must be a sentence: a capital letter (or a quote) first, a full stop last') });

const reservedEntry = z
  .strictObject({
    /** Which derived name is compared, e.g. snakeName for a Python package. */
    variable: z.enum(NAME_VARIABLES),
    names: z.array(z.string()).min(1, { error: () => l10n.t('list at least one name') }),
    reason,
  })
  .superRefine((entry, ctx) => {
    entry.names.forEach((name, i) => {
      if (!VARIABLE_VALUES[entry.variable].test(name)) {
        ctx.addIssue({
          code: 'custom',
          path: ['names', i],
          message: l10n.t('"{0}" can never be a {1} ({2})', name, entry.variable, VARIABLE_VALUES[entry.variable].source),
        });
      }
    });
  });

export const starterRulesSchema = z
  .strictObject({
    /** How the wizard names this starter beside the role's others (e.g. "Django"); required of a second starter. */
    title: z.string().trim().min(1).max(40).optional(),
    /** One line the wizard shows beside the title. */
    description: z.string().trim().min(1).max(120).optional(),
    /** A limit below the general 64 characters, e.g. where the name ends up in a length-limited cloud resource name. */
    maxLength: z.strictObject({ length: z.number().int().positive(), reason }).optional(),
    reserved: z.array(reservedEntry).default([]),
  })
  .superRefine((rules, ctx) => {
    const seen = new Map<string, string>();
    rules.reserved.forEach((entry, e) =>
      entry.names.forEach((name, i) => {
        const key = `${entry.variable} ${name}`;
        const first = seen.get(key);
        if (first)
          ctx.addIssue({
            code: 'custom',
            path: ['reserved', e, 'names', i],
            message: l10n.t('"{0}" is already reserved ({1})', name, first),
          });
        else seen.set(key, `reserved[${e}].names[${i}]`);
      }),
    );
  });

export type StarterRules = z.infer<typeof starterRulesSchema>;
