// Turns a starter template plus a project name into the exact files to write. Pure: no file system, no vscode.
import type { ProjectNames } from './projectName';

/** One file of a starter template, as indexed at build time. */
export interface TemplateEntry {
  /** '/'-separated, relative to roles/<role-id>/starter/, may contain {{bp.*}} variables. */
  path: string;
  executable: boolean;
  /** Binary files are copied byte for byte, never substituted. */
  binary: boolean;
}

export interface PlannedFile {
  /** '/'-separated, relative to the new project's folder, variables replaced. */
  path: string;
  contents: Uint8Array;
  executable: boolean;
}

const VARIABLE = /\{\{bp\.([A-Za-z]*)\}\}/g;

export class TemplateError extends Error {
  override name = 'TemplateError';
}

/** Replaces every {{bp.name}} in `text`; an unknown name is an error that says where it was found. */
export function substitute(text: string, names: ProjectNames, where: string): string {
  return text.replace(VARIABLE, (_match, key: string) => {
    if (!Object.prototype.hasOwnProperty.call(names, key)) {
      throw new TemplateError(`${where}: unknown variable {{bp.${key}}} (known: ${Object.keys(names).join(', ')})`);
    }
    return names[key as keyof ProjectNames];
  });
}

export function planFiles(
  entries: readonly TemplateEntry[],
  read: (templatePath: string) => Uint8Array,
  names: ProjectNames,
): PlannedFile[] {
  const encoder = new TextEncoder();
  const seen = new Map<string, string>();
  return entries.map((entry) => {
    const target = substitute(entry.path, names, entry.path);
    const clash = seen.get(target);
    if (clash !== undefined) throw new TemplateError(`${entry.path} and ${clash} would both be written to ${target}`);
    seen.set(target, entry.path);
    const raw = read(entry.path);
    const contents = entry.binary ? raw : encoder.encode(substitute(templateText(raw, entry.path), names, entry.path));
    return { path: target, contents, executable: entry.executable };
  });
}

// ignoreBOM keeps a byte order mark as text, so it is written back unchanged (.NET files often have one).
const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** A template's text file as a string; anything but UTF-8 is an error that names the file. */
export function templateText(bytes: Uint8Array, where: string): string {
  try {
    return decoder.decode(bytes);
  } catch {
    throw new TemplateError(`${where}: not UTF-8 text (a template file is UTF-8 text, or binary with a NUL byte)`);
  }
}

/** True when a file starts with bytes that text never has; the same test git uses (a NUL in the first 8000 bytes). */
export function looksBinary(bytes: Uint8Array): boolean {
  return bytes.subarray(0, 8000).includes(0);
}
