// The starter templates as the extension ships them: one pack instead of some 430 template files, each of which
// would be a zip entry of the VSIX with its own header, compressed on its own. The pack holds every starter, by its
// starter key (src/catalog/starterKeys.ts: `python`, `python/django`): its files
// (path with its {{bp.*}} variables, executable bit, binary or text, and the bytes a project gets, the build's
// exercise manifest included) and the names it cannot take (its starter.yaml). A README marked `withExercises` is
// packed as its template: decoding writes its exercises section from the packed manifest, as the build does, so the
// exercises' text is packed once. Pure: bytes in, bytes out; starterPackFile.ts compresses it, and reads it back.
//   layout: one line of JSON (the header below), then every file's bytes in header order, nothing after
import { parseStarterKey } from '../catalog/starterKeys';
import type { StarterRules } from '../catalog/starterSchema';
import { MANIFEST_PATH, type Manifest } from '../exercises/manifest';
import { withExercises } from '../exercises/readmeSection';
import type { TemplateEntry } from './plan';
import type { TemplateSource } from './scaffoldFromTemplate';

const FORMAT = 'backend-paths-starters';
const VERSION = 1;

/** A file as packed: `withExercises` marks a README whose exercises section is written from the manifest. */
export type PackedEntry = TemplateEntry & { withExercises?: boolean };

/** One starter as the build packs it: its entries in order, the bytes of each, and its rules. */
export interface PackedStarter {
  entries: readonly PackedEntry[];
  contents: readonly Uint8Array[];
  rules: StarterRules | undefined;
}

interface Header {
  format: typeof FORMAT;
  version: number;
  starters: Record<string, { rules?: StarterRules; files: (PackedEntry & { size: number })[] }>;
}

interface Starter {
  entries: readonly TemplateEntry[];
  contents: ReadonlyMap<string, Uint8Array>;
  rules: StarterRules | undefined;
}

export class StarterPackError extends Error {
  override name = 'StarterPackError';
}

/** Starter key → starter, in the order the pack keeps them (the wizard offers a role's starters in this order). */
export function encodeStarterPack(starters: ReadonlyMap<string, PackedStarter>): Uint8Array {
  const header: Header = { format: FORMAT, version: VERSION, starters: {} };
  const bodies: Uint8Array[] = [];
  for (const [key, { entries, contents, rules }] of starters) {
    if (!parseStarterKey(key)) throw new StarterPackError(`"${key}" is not a starter key`);
    if (entries.length !== contents.length) throw new StarterPackError(`${key}: ${entries.length} entries but ${contents.length} contents`);
    const files = entries.map((entry, i) => ({ ...entry, size: contents[i].length }));
    header.starters[key] = { ...(rules ? { rules } : {}), files };
    bodies.push(...contents);
  }
  const parts = [new TextEncoder().encode(`${JSON.stringify(header)}\n`), ...bodies];
  const pack = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    pack.set(part, offset);
    offset += part.length;
  }
  return pack;
}

/** A packed README template with its exercises section written from the starter's packed manifest. */
function readmeWithExercises(key: string, path: string, contents: ReadonlyMap<string, Uint8Array>): Uint8Array {
  const [template, manifest] = [contents.get(path), contents.get(MANIFEST_PATH)];
  if (!template || !manifest) throw new StarterPackError(`the starter pack has no ${key} ${manifest ? path : MANIFEST_PATH}`);
  const { exercises } = JSON.parse(new TextDecoder().decode(manifest)) as Manifest;
  return new TextEncoder().encode(withExercises(new TextDecoder().decode(template), exercises, `${key} ${path}`));
}

/** The starters of a pack, as the scaffold reads them. */
export class StarterPack implements TemplateSource {
  private constructor(private readonly starters: ReadonlyMap<string, Starter>) {}

  /** Throws a StarterPackError when the bytes are not a whole pack of this version. */
  static decode(bytes: Uint8Array): StarterPack {
    const newline = bytes.indexOf(0x0a);
    let header: Header;
    try {
      if (newline < 0) throw new Error('no header line');
      header = JSON.parse(new TextDecoder().decode(bytes.subarray(0, newline))) as Header;
    } catch {
      throw new StarterPackError('the starter pack has no readable header');
    }
    if (header.format !== FORMAT || header.version !== VERSION)
      throw new StarterPackError(`the starter pack is ${header.format} version ${header.version}, not ${FORMAT} version ${VERSION}`);
    const starters = new Map<string, Starter>();
    let offset = newline + 1;
    for (const [key, { rules, files }] of Object.entries(header.starters)) {
      if (!parseStarterKey(key)) throw new StarterPackError(`the starter pack names a starter "${key}"`);
      const contents = new Map<string, Uint8Array>();
      const entries = files.map(({ size, withExercises: _marked, ...entry }) => {
        contents.set(entry.path, bytes.subarray(offset, offset + size));
        offset += size;
        return entry;
      });
      for (const { path } of files.filter((file) => file.withExercises)) contents.set(path, readmeWithExercises(key, path, contents));
      starters.set(key, { entries, contents, rules });
    }
    if (offset !== bytes.length) throw new StarterPackError(`the starter pack has ${bytes.length} bytes where its header says ${offset}`);
    return new StarterPack(starters);
  }

  /** The keys of the starters packed, in the pack's order. */
  keys(): string[] {
    return [...this.starters.keys()];
  }

  entries(key: string): readonly TemplateEntry[] | undefined {
    return this.starters.get(key)?.entries;
  }

  read(key: string, templatePath: string): Uint8Array {
    const contents = this.starters.get(key)?.contents.get(templatePath);
    if (!contents) throw new StarterPackError(`the starter pack has no ${key} file ${templatePath}`);
    return contents;
  }

  readonly rules = (key: string): StarterRules | undefined => this.starters.get(key)?.rules;
}
