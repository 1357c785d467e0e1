// A role may have more than one starter project. Each is named by a starter key: the role id for its first starter
// (roles/<role-id>/starter/), `<role-id>/<variant>` for another (roles/<role-id>/starters/<variant>/starter/). The
// key names the starter in the pack, the CLI, the wizard and test/starters/; the role id alone names the role, so a
// project of any of its starters practises the role's skills. Pure: no file system here (see starterDirs.ts).

/** The folder under roles/<role-id>/ that holds a role's other starters, one folder per variant. */
export const VARIANTS_FOLDER = 'starters';

const KEBAB = /^[a-z0-9]+(-[a-z0-9]+)*$/;

export interface StarterKeyParts {
  roleId: string;
  /** Undefined for the role's first starter. */
  variant: string | undefined;
}

/** `python` for the first starter, `python/django` for a variant. */
export function starterKey(roleId: string, variant?: string): string {
  return variant === undefined ? roleId : `${roleId}/${variant}`;
}

/** The role and variant of a key; undefined when it is not `<role-id>` or `<role-id>/<variant>` (both kebab-case). */
export function parseStarterKey(key: string): StarterKeyParts | undefined {
  const [roleId, variant, ...rest] = key.split('/');
  if (rest.length > 0 || roleId === undefined || !KEBAB.test(roleId)) return undefined;
  if (variant !== undefined && !KEBAB.test(variant)) return undefined;
  return { roleId, variant };
}

/** Where a starter's files are, as path segments under roles/: `[roleId]` or `[roleId, 'starters', variant]`. */
export function starterHomeSegments({ roleId, variant }: StarterKeyParts): string[] {
  return variant === undefined ? [roleId] : [roleId, VARIANTS_FOLDER, variant];
}

/** A starter's folder under roles/, '/'-separated, for messages: `python` or `python/starters/django`. */
export function starterHome(key: string): string {
  const parts = parseStarterKey(key);
  if (!parts) throw new Error(`"${key}" is not a starter key (<role-id> or <role-id>/<variant>)`);
  return starterHomeSegments(parts).join('/');
}
