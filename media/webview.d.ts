// What the webview host provides to a page's scripts (for the type check of media/*.js; not shipped).

interface VsCodeWebviewApi {
  postMessage(message: unknown): void;
  getState(): unknown;
  setState(state: unknown): void;
}

/** Provided by VS Code in every webview; may be called once per page. */
declare function acquireVsCodeApi(): VsCodeWebviewApi;
