// The last load of a workspace's roles, kept in the extension's storage for that workspace, so that a window
// reopened on unchanged role files shows them without the workspace roles' chunk: its YAML parser and full schema
// take 100–200 ms to load and run cold, each time a window opens. A load is a pure function of the role files'
// text, the built-in catalog, the display language and the extension's version: its key is a digest of them all,
// and any change misses. Light (no YAML, no zod): it runs at activation.
import type { Problem } from '../catalog/problems';
import type { WorkspaceCatalog } from '../catalog/workspaceCatalog';

/** What a load gives: the roles for the catalog, and each file's problems (by URI) for the Problems panel. */
export interface LoadResult {
  catalog: WorkspaceCatalog;
  problems: Map<string, Problem[]>;
}

interface Stored {
  key: string;
  catalog: WorkspaceCatalog;
  problems: [string, Problem[]][];
}

/** The SHA-256 of `parts` in hex; undefined where the host has no Web Crypto (a page served over plain http). */
export async function loadKey(parts: readonly (string | Uint8Array)[]): Promise<string | undefined> {
  // Typed as always there (Node), but a web worker has no crypto.subtle outside a secure context.
  const subtle = (globalThis.crypto as Partial<typeof globalThis.crypto> | undefined)?.subtle;
  if (!subtle) return undefined;
  const encoder = new TextEncoder();
  const bytes = parts.map((part) => (typeof part === 'string' ? encoder.encode(part) : part));
  // Each part's length first, so that moving text from one part to the next changes the key.
  const joined = new Uint8Array(bytes.reduce((sum, b) => sum + b.length + 4, 0));
  let at = 0;
  for (const part of bytes) {
    new DataView(joined.buffer).setUint32(at, part.length);
    joined.set(part, at + 4);
    at += part.length + 4;
  }
  const digest = new Uint8Array(await subtle.digest('SHA-256', joined));
  return [...digest].map((b) => b.toString(16).padStart(2, '0')).join('');
}

export function encodeLoad(key: string, { catalog, problems }: LoadResult): Uint8Array {
  const stored: Stored = { key, catalog, problems: [...problems] };
  return new TextEncoder().encode(JSON.stringify(stored));
}

/** The load stored under `key`; undefined when the bytes hold another key or are not a stored load. */
export function decodeLoad(bytes: Uint8Array, key: string): LoadResult | undefined {
  let stored: Partial<Stored>;
  try {
    stored = JSON.parse(new TextDecoder().decode(bytes)) as Partial<Stored>;
  } catch {
    return undefined;
  }
  if (stored?.key !== key || !stored.catalog || !Array.isArray(stored.problems)) return undefined;
  // Ids are keys of `renamed`: back into a null-prototype object, as the loader makes it.
  const renamed = Object.create(null) as Record<string, string>;
  for (const [oldId, newId] of Object.entries(stored.catalog.renamed ?? {})) renamed[oldId] = newId;
  return { catalog: { ...stored.catalog, renamed }, problems: new Map(stored.problems) };
}
