// A skill level as the learner reads it, in the display language (the catalog's ids stay English).
import * as l10n from '@vscode/l10n';
import type { Level } from './ids';

/** "beginner", "principiante"... */
export function levelName(level: Level): string {
  switch (level) {
    case 'beginner':
      return l10n.t('beginner');
    case 'intermediate':
      return l10n.t('intermediate');
    case 'advanced':
      return l10n.t('advanced');
    case 'specialist':
      return l10n.t('specialist');
  }
}
