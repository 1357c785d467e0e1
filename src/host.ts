// Which extension host runs this bundle: the Node one (desktop, remote, code-server's server side). The web
// bundle takes host.web.ts. Shown as the context key backendPaths.host and in the log at activation.
export const EXTENSION_HOST: 'node' | 'web' = 'node';
