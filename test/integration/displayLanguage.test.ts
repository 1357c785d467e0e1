// The display language reaches every layer: VS Code resolves it, and the manifest (package.nls.*.json), the
// strings through vscode.l10n.t and those of the pure modules through @vscode/l10n all speak it. Runs in English
// in the full integration run, and in Spanish in `npm run test:integration:es` (code-server made to resolve
// Spanish, see displayLanguage in test/vscode/workbench.mjs).
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { Internals } from '../../src/api';
import type { GroupNode, RoleNode, SkillNode, TreeNode } from '../../src/tree/nodes';
import { activateExtension, clearProgress, smallRoleYaml, waitFor, workspaceFolder } from './helpers';

const language = process.env.BP_TEST_LOCALE ?? 'en';

interface Expected {
  command: string;
  statusBar: RegExp;
  level: RegExp;
  badName: string;
  beginner: string;
  /** A workspace role's diagnostics: the loader's words, the schema's, and zod's own. */
  diagnostics: string[];
}

const EXPECTED: Record<string, Expected> = {
  en: {
    command: 'Create Starter Project…',
    statusBar: /^Backend Paths · .+: 0 of \d+ skills done, 0 in progress\. Click to open the view\.$/,
    level: /^\*\*.+\*\* · (beginner|intermediate|advanced|specialist)\n/,
    badName: '"Bad Name" cannot be a project name. Use only lower-case letters a–z, digits and dashes.',
    beginner: 'Backend Beginner → Junior Developer',
    diagnostics: [
      'colour: unknown field (check the spelling)',
      'skillGroups[0].skills[0].level: Invalid option: expected one of "beginner"|"intermediate"|"advanced"|"specialist"',
      'skillGroups[0].skills[0].docs[0].url: must be an https:// URL',
    ],
  },
  es: {
    command: 'Crear proyecto inicial…',
    statusBar: /^Backend Paths · .+: 0 de \d+ habilidades hechas, 0 en curso\. Haz clic para abrir la vista\.$/,
    level: /^\*\*.+\*\* · (principiante|intermedio|avanzado|especialista)\n/,
    badName: '"Bad Name" no puede ser un nombre de proyecto. Usa solo letras minúsculas a–z, dígitos y guiones.',
    beginner: 'De principiante en backend a desarrollador junior',
    diagnostics: [
      'colour: campo desconocido (revisa cómo está escrito)',
      'skillGroups[0].skills[0].level: Opción inválida: se esperaba una de "beginner"|"intermediate"|"advanced"|"specialist"',
      'skillGroups[0].skills[0].docs[0].url: debe ser una URL https://',
    ],
  },
};

suite('display language', () => {
  const expected = EXPECTED[language];
  let api: Internals;

  suiteSetup(async () => {
    assert.ok(expected, `no expectations for the display language "${language}"`);
    api = await activateExtension();
    await clearProgress(api);
  });

  test(`VS Code runs in the display language asked for (${language})`, () => {
    assert.equal(vscode.env.language, language);
  });

  test('the manifest speaks it: command titles from package.nls.json', () => {
    const extension = vscode.extensions.getExtension('backend-paths.backend-paths');
    const commands = (extension?.packageJSON as { contributes: { commands: { command: string; title: unknown }[] } }).contributes.commands;
    const title = commands.find((c) => c.command === 'backendPaths.scaffold')?.title;
    // Translated titles come as { value, original }, so the palette also finds the English one.
    assert.equal(typeof title === 'string' ? title : (title as { value: string }).value, expected.command);
  });

  test('vscode.l10n.t speaks it: the status bar', async () => {
    await waitFor('the status bar to show no progress', () => (expected.statusBar.test(api.statusBar.tooltip) ? true : undefined));
  });

  test('the pure modules speak it through @vscode/l10n: a skill level in the tree, a scaffold refusal', async () => {
    const provider = api.rolesView.provider;
    const role = provider.getChildren().find((n: TreeNode) => 'role' in n && n.role.id === 'nodejs') as RoleNode;
    const [group] = provider.getChildren(role) as GroupNode[];
    const [skill] = provider.getChildren(group) as SkillNode[];
    const tooltip = provider.getTreeItem(skill).tooltip as vscode.MarkdownString;
    assert.match(tooltip.value, expected.level);
    const scaffold = vscode.extensions.getExtension<{ scaffold: (r: object) => Promise<unknown> }>('backend-paths.backend-paths')?.exports;
    await assert.rejects(
      scaffold!.scaffold({ roleId: 'nodejs', projectName: 'Bad Name', parentUri: vscode.Uri.file('/tmp') }),
      (error: Error) => {
        assert.equal(error.message, expected.badName);
        return true;
      },
    );
  });

  test('the catalog speaks it where a role is translated (roles/backend-beginner/role.es.yaml), English elsewhere', () => {
    const provider = api.rolesView.provider;
    const title = (id: string) => {
      const role = provider.getChildren().find((n: TreeNode) => 'role' in n && n.role.id === id);
      return role && provider.getTreeItem(role).label;
    };
    assert.equal(title('backend-beginner'), expected.beginner);
    assert.equal(title('nodejs'), 'Node.js/Express Developer');
  });

  test("a workspace role's diagnostics speak it too: the loader's words, the schema's and zod's own", async () => {
    const folder = vscode.Uri.joinPath(workspaceFolder(), '.backend-paths');
    const file = vscode.Uri.joinPath(folder, 'roles', 'words', 'role.yaml');
    const broken = smallRoleYaml('words', 'Words')
      .replace('level: beginner\n        docs', 'level: expert\n        docs')
      .replace('https://developer.mozilla.org/', 'http://developer.mozilla.org/')
      .concat('colour: red\n');
    await vscode.workspace.fs.writeFile(file, new TextEncoder().encode(broken));
    try {
      const messages = await waitFor(
        'the diagnostics of the broken role',
        () => {
          const found = api.workspaceRoles.diagnosticsOf(file).map((d) => d.message);
          return found.length === expected.diagnostics.length ? found.sort() : undefined;
        },
        30_000,
      );
      assert.deepEqual(messages, [...expected.diagnostics].sort());
    } finally {
      await vscode.workspace.fs.delete(folder, { recursive: true });
      await waitFor('the broken role to be gone', () => (api.workspaceRoles.diagnosticsOf(file).length === 0 ? true : undefined), 30_000);
    }
  });
});
