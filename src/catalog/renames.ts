// roles/renamed.yaml maps old skill ids to new ones, and renames may chain (a -> b, later b -> c).

/** Where a chain of renames starting at `id` ends; `loops` when it comes back on itself. */
export function followRenames(renamed: Readonly<Record<string, string>>, id: string): { id: string; loops: boolean } {
  const seen = new Set<string>();
  let current = id;
  // Own keys only: an id such as "constructor" must never resolve to a property of Object.prototype.
  while (Object.hasOwn(renamed, current) && !seen.has(current)) {
    seen.add(current);
    current = renamed[current];
  }
  return { id: current, loops: seen.has(current) };
}
