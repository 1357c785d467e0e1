// Types of 'backend-paths:content': the validated catalog of roles/ that scripts/build.mjs bundles (see
// src/content.ts). tsconfig maps the module name here; only entry points (extension.ts, cli.ts) import it.
import type { Content } from './content';

export declare const catalog: Content['catalog'];
