// The workspace roles' chunk is a bundle of its own, with its own @vscode/l10n and zod: it is told the display
// language once loaded, so a workspace role's diagnostics read in it (the loader's words through the extension's
// l10n bundle, zod's own messages through its locale). Pure: the extension passes what VS Code gave it.
import * as l10n from '@vscode/l10n';
import * as z from 'zod';
import { es } from 'zod/v4/locales';

/** zod's messages in each language the extension is translated into (English is zod's own). */
const ZOD_LOCALES = new Map([['es', es]]);

/** `language` is vscode.env.language (e.g. `es`, `es-mx`); `bundle` is vscode.l10n.bundle, when there is one. */
export function useDisplayLanguage(language: string, bundle: l10n.l10nJsonFormat | undefined): void {
  if (bundle) l10n.config({ contents: bundle });
  const locale = ZOD_LOCALES.get(language.toLowerCase().split('-')[0]);
  if (locale) z.config(locale());
}
