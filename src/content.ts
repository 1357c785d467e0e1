// Build-time: everything the extension and the CLI bundle from roles/ — the validated catalog and the index of
// starter templates. scripts/build.mjs serves the result to the bundles as the module 'backend-paths:content'.
import type { Catalog } from './catalog/schema';
import { loadCatalog } from './catalog/load';
import { indexStarters, type StarterIndex } from './scaffold/starterIndex';

export interface Content {
  catalog: Catalog;
  starters: StarterIndex;
}

export function buildContent(rolesDir: string): Content {
  return { catalog: loadCatalog(rolesDir), starters: indexStarters(rolesDir) };
}
