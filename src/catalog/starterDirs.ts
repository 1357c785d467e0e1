// Build time: which starters roles/ holds, and where each one's files are. A starter's home is roles/<role-id>/ for
// the role's first starter and roles/<role-id>/starters/<variant>/ for another; each home holds starter/ (the
// template), starter.yaml and, optionally, exercises.yaml (see roles/README.md).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ROLE_IDS, type RoleId } from './schema';
import { parseStarterKey, starterHome, starterKey, VARIANTS_FOLDER } from './starterKeys';

export interface StarterLocation {
  key: string;
  roleId: RoleId;
  /** The starter's home folder (absolute). */
  dir: string;
  /** The same, '/'-separated under roles/, for messages: `roles/python/starters/django`. */
  display: string;
}

export function starterLocation(rolesDir: string, key: string): StarterLocation {
  const parts = parseStarterKey(key);
  const roleId = ROLE_IDS.find((id) => id === parts?.roleId);
  if (!parts || !roleId) throw new Error(`"${key}" is not the key of a built-in role's starter`);
  const home = starterHome(key);
  return { key, roleId, dir: path.join(rolesDir, ...home.split('/')), display: `roles/${home}` };
}

/** The variants a role's starters/ folder holds, sorted: each folder there is one, whether or not it is complete. */
function variantsOf(rolesDir: string, roleId: RoleId): string[] {
  const dir = path.join(rolesDir, roleId, VARIANTS_FOLDER);
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => {
      if (parseStarterKey(starterKey(roleId, entry.name)) === undefined)
        throw new Error(`roles/${roleId}/${VARIANTS_FOLDER}/${entry.name}: a variant's folder name must be kebab-case`);
      return entry.name;
    })
    .sort();
}

/**
 * Every starter home in roles/, in the guide's order with each role's first starter before its variants: the
 * homes that hold a starter/, a starter.yaml or an exercises.yaml (the loaders say which of them is missing).
 */
export function starterLocations(rolesDir: string): StarterLocation[] {
  const homes = ROLE_IDS.flatMap((roleId) => [roleId, ...variantsOf(rolesDir, roleId).map((variant) => starterKey(roleId, variant))]);
  return homes
    .map((key) => starterLocation(rolesDir, key))
    .filter(({ dir }) => ['starter', 'starter.yaml', 'exercises.yaml'].some((name) => fs.existsSync(path.join(dir, name))));
}
