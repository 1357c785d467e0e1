// The document around every page: a strict Content-Security-Policy (scripts only by nonce, nothing remote),
// the shared stylesheet, the codicons, the check of incoming messages and the page's own script.
import { html, type SafeHtml } from './html';

export interface PageResources {
  /** webview.cspSource */
  cspSource: string;
  nonce: string;
  /** asWebviewUri(...) strings */
  styleUris: string[];
  /** Loaded in this order. */
  scriptUris: string[];
}

export function renderPage(title: string, body: SafeHtml, resources: PageResources, bodyData: Record<string, string> = {}): string {
  const { cspSource, nonce } = resources;
  const csp = ["default-src 'none'", `img-src ${cspSource} data:`, `style-src ${cspSource}`, `script-src 'nonce-${nonce}'`].join('; ');
  // data-focus-skill for { focusSkill }: the page reads it back as dataset.focusSkill.
  const dataAttributes = Object.entries(bodyData).map(
    ([key, value]) => html` data-${key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}="${value}"`,
  );
  return html`<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
${resources.styleUris.map((uri) => html`<link rel="stylesheet" href="${uri}">\n`)}<title>${title}</title>
</head>
<body${dataAttributes}>
${body}
${resources.scriptUris.map((uri) => html`<script nonce="${nonce}" src="${uri}"></script>\n`)}</body>
</html>
`.value;
}

export function createNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  // btoa rather than Buffer: both extension hosts, Node and web worker, have it.
  return btoa(String.fromCharCode(...bytes));
}
