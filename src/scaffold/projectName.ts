// What a starter project may be called, and the names each stack derives from it. Some names are refused for every
// starter (keywords, device names); a starter's own rules (roles/<role-id>/starter.yaml) refuse the names its
// generated code cannot take.
import * as l10n from '@vscode/l10n';
import type { StarterRules } from '../catalog/starterSchema';

export const MAX_PROJECT_NAME_LENGTH = 64;

// Device names Windows refuses as file names, folders npm refuses as packages, and words that would make the
// derived Java package or Python module invalid.
const RESERVED = new Set([
  'con',
  'prn',
  'aux',
  'nul',
  ...Array.from({ length: 10 }, (_, i) => `com${i}`),
  ...Array.from({ length: 10 }, (_, i) => `lpt${i}`),
  'node-modules',
  'node_modules',
  // Java
  'abstract',
  'assert',
  'boolean',
  'break',
  'byte',
  'case',
  'catch',
  'char',
  'class',
  'const',
  'continue',
  'default',
  'do',
  'double',
  'else',
  'enum',
  'extends',
  'final',
  'finally',
  'float',
  'for',
  'goto',
  'if',
  'implements',
  'import',
  'instanceof',
  'int',
  'interface',
  'long',
  'native',
  'new',
  'package',
  'private',
  'protected',
  'public',
  'return',
  'short',
  'static',
  'strictfp',
  'super',
  'switch',
  'synchronized',
  'this',
  'throw',
  'throws',
  'transient',
  'try',
  'void',
  'volatile',
  'while',
  'true',
  'false',
  'null',
  // Python
  'and',
  'as',
  'async',
  'await',
  'def',
  'del',
  'elif',
  'except',
  'from',
  'global',
  'in',
  'is',
  'lambda',
  'none',
  'nonlocal',
  'not',
  'or',
  'pass',
  'raise',
  'with',
  'yield',
]);

/** Why `name` cannot be a project name (of the starter with these rules, when given), or undefined when it can. */
export function projectNameProblem(name: string, starter?: StarterRules): string | undefined {
  if (name.length === 0) return l10n.t('Enter a project name.');
  if (name.includes('/') || name.includes('\\')) return l10n.t('A project name is one folder name: no slashes.');
  if (name.includes('..')) return l10n.t('A project name cannot contain "..".');
  if (name.length > MAX_PROJECT_NAME_LENGTH) {
    return l10n.t('A project name has at most {0} characters (this one has {1}).', MAX_PROJECT_NAME_LENGTH, name.length);
  }
  if (!/^[a-z0-9-]+$/.test(name)) return l10n.t('Use only lower-case letters a–z, digits and dashes.');
  if (!/^[a-z]/.test(name)) return l10n.t('Start the project name with a letter.');
  if (name.endsWith('-') || name.includes('--')) return l10n.t('Dashes go between words: no dash at the end, no double dashes.');
  const derived = deriveNames(name);
  for (const candidate of new Set([name, derived.flatName, derived.snakeName])) {
    if (RESERVED.has(candidate)) return l10n.t('"{0}" is a reserved name in one of the starter stacks; choose another.', candidate);
  }
  return starter && starterProblem(name, derived, starter);
}

function starterProblem(name: string, derived: ProjectNames, { maxLength, reserved }: StarterRules): string | undefined {
  if (maxLength && name.length > maxLength.length) {
    return l10n.t(
      'This starter takes names of at most {0} characters (this one has {1}). {2}',
      maxLength.length,
      name.length,
      maxLength.reason,
    );
  }
  for (const entry of reserved) {
    const value = derived[entry.variable];
    if (entry.names.includes(value)) return l10n.t('{0} Choose another name.', entry.reason.replaceAll('{name}', value));
  }
  return undefined;
}

export interface ProjectNames {
  /** order-service */
  projectName: string;
  /** order_service */
  snakeName: string;
  /** OrderService */
  pascalName: string;
  /** orderService */
  camelName: string;
  /** orderservice */
  flatName: string;
}

export function deriveNames(projectName: string): ProjectNames {
  const words = projectName.split('-').filter(Boolean);
  const capitalised = words.map((w) => w.charAt(0).toUpperCase() + w.slice(1));
  return {
    projectName,
    snakeName: words.join('_'),
    pascalName: capitalised.join(''),
    camelName: (words[0] ?? '') + capitalised.slice(1).join(''),
    flatName: words.join(''),
  };
}
