// host.ts for the web bundle: it runs in the browser's web worker extension host (vscode.dev, github.dev).
export const EXTENSION_HOST: 'node' | 'web' = 'web';
