// Which other starters each role offers beside its first, from the starter pack's keys and their starter.yaml titles:
// what the wizard lists as items of their own ("Python Backend Developer — Django"). Pure.
import { parseStarterKey } from '../catalog/starterKeys';
import type { StarterRules } from '../catalog/starterSchema';

export interface StarterVariant {
  variant: string;
  /** How the wizard names it beside the role's title; the variant when its starter.yaml has no title. */
  title: string;
  description: string | undefined;
}

/** Role id → its variants, in the order of `keys` (the pack's). Roles with only their first starter are absent. */
export function starterVariants(keys: Iterable<string>, rules: (key: string) => StarterRules | undefined): Map<string, StarterVariant[]> {
  const byRole = new Map<string, StarterVariant[]>();
  for (const key of keys) {
    const parts = parseStarterKey(key);
    if (parts?.variant === undefined) continue;
    const { title, description } = rules(key) ?? {};
    const list = byRole.get(parts.roleId) ?? [];
    list.push({ variant: parts.variant, title: title ?? parts.variant, description });
    byRole.set(parts.roleId, list);
  }
  return byRole;
}
