// Loads a lazy chunk of the build (dist/<name>.js: CommonJS that needs no Node API) in the web worker extension
// host, which has no require() of a file: reads it through workspace.fs and evaluates it as VS Code evaluates
// the extension's own bundle there. So both hosts share the one chunk file, and the web bundle stays small.
import * as vscode from 'vscode';

const EXTENSION_ID = 'backend-paths.backend-paths';

/** The exports of dist/`name`.js; rejects when the file is missing or does not evaluate. */
export async function loadChunk<T>(name: string): Promise<T> {
  const extension = vscode.extensions.getExtension(EXTENSION_ID);
  if (!extension) throw new Error(`the extension ${EXTENSION_ID} is not installed, so its ${name} chunk cannot load`);
  const file = vscode.Uri.joinPath(extension.extensionUri, 'dist', `${name}.js`);
  const source = new TextDecoder().decode(await vscode.workspace.fs.readFile(file));
  const module = { exports: {} };
  const noRequire = (id: string) => {
    throw new Error(`the ${name} chunk asked for "${id}", which a chunk must bundle`);
  };
  // eslint-disable-next-line @typescript-eslint/no-implied-eval -- the web worker host evaluates bundles this way
  const evaluate = new Function('module', 'exports', 'require', `${source}\n//# sourceURL=${file.toString(true)}`) as (
    module: { exports: unknown },
    exports: unknown,
    require: (id: string) => never,
  ) => void;
  evaluate(module, module.exports, noRequire);
  return module.exports as T;
}
