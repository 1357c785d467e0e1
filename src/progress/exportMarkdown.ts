// The Markdown export: a checklist per role that reads well on GitHub or in any editor.
import * as l10n from '@vscode/l10n';
import { skillIdsOfRole, type CatalogIndex } from '../catalog/catalogIndex';
import { formatCounts } from './format';
import type { ProgressStore } from './progressStore';

export function exportMarkdown(index: CatalogIndex, store: ProgressStore, exportedAt: Date): string {
  const all = index.roles.flatMap(skillIdsOfRole);
  const lines = [
    `# ${l10n.t('Backend Paths progress')}`,
    '',
    l10n.t('Exported {0}. All skills: {1}.', exportedAt.toISOString().slice(0, 10), formatCounts(store.counts(all))),
  ];
  for (const role of index.roles) {
    lines.push('', `## ${role.title} (${formatCounts(store.counts(skillIdsOfRole(role)))})`);
    for (const group of role.skillGroups) {
      lines.push('', `### ${group.title}`, '');
      for (const skill of group.skills) {
        const state = store.state(skill.id);
        const stateNote =
          state === 'in-progress'
            ? ` (${l10n.t('in progress')})`
            : state === 'verified'
              ? ` (${l10n.t('verified by an exercise check')})`
              : '';
        lines.push(`- [${state === 'done' || state === 'verified' ? 'x' : ' '}] ${skill.name}${stateNote}`);
        const note = store.noteOf(skill.id);
        // Indented under its item, so the learner's own headings and lists stay inside it.
        if (note) lines.push('', ...note.split('\n').map((line) => (line ? `  ${line}` : '')), '');
      }
    }
  }
  return `${lines.join('\n')}\n`;
}
