// Reference solution of graphql/protect-and-cache: a depth-limit validation rule (fragments followed, introspection
// free) passed to Apollo Server and to graphql-ws, and @cacheControl hints that Apollo Server turns into the
// Cache-Control header.
const depthLimit = `import { GraphQLError, Kind, type FragmentDefinitionNode, type SelectionSetNode, type ValidationRule } from 'graphql';

/**
 * Refuses operations whose deepest field is more than \`maxDepth\` fields from the root, before they run. Fields
 * under introspection (\`__schema\`, \`__type\`) do not count, so tools that read the schema keep working.
 */
export function depthLimit(maxDepth: number): ValidationRule {
  return (context) => ({
    OperationDefinition(operation) {
      const fragments = new Map<string, FragmentDefinitionNode>();
      for (const definition of context.getDocument().definitions) {
        if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
      }
      const depth = depthOf(operation.selectionSet, fragments, new Set());
      if (depth > maxDepth) {
        context.reportError(new GraphQLError(\`The operation has a depth of \${depth}; the maximum is \${maxDepth}.\`, { nodes: [operation] }));
      }
    },
  });
}

function depthOf(selectionSet: SelectionSetNode, fragments: Map<string, FragmentDefinitionNode>, spreading: Set<string>): number {
  let deepest = 0;
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      if (selection.name.value.startsWith('__')) continue;
      deepest = Math.max(deepest, 1 + (selection.selectionSet ? depthOf(selection.selectionSet, fragments, spreading) : 0));
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      deepest = Math.max(deepest, depthOf(selection.selectionSet, fragments, spreading));
    } else {
      const name = selection.name.value;
      const fragment = fragments.get(name);
      // An unknown or cyclic fragment is reported by graphql-js's own rules; going round the cycle would not end.
      if (!fragment || spreading.has(name)) continue;
      spreading.add(name);
      deepest = Math.max(deepest, depthOf(fragment.selectionSet, fragments, spreading));
      spreading.delete(name);
    }
  }
  return deepest;
}
`;

export default [
  { file: 'src/depthLimit.ts', content: depthLimit },
  {
    file: 'src/server.ts',
    replace: `import { createSchema } from './schema.js';`,
    with: `import { depthLimit } from './depthLimit.js';
import { createSchema } from './schema.js';`,
  },
  {
    file: 'src/server.ts',
    replace: `import type { GraphQLFormattedError } from 'graphql';`,
    with: `import { specifiedRules, validate, type GraphQLFormattedError } from 'graphql';`,
  },
  {
    file: 'src/server.ts',
    replace: `export interface RunningServer {`,
    with: `const MAX_DEPTH = 8;

export interface RunningServer {`,
  },
  {
    file: 'src/server.ts',
    replace: `    {
      schema,
      // Browsers cannot set headers`,
    with: `    {
      schema,
      // Subscriptions are validated by graphql-ws, not Apollo: the same limit applies to them.
      validate: (schema, document) => validate(schema, document, [...specifiedRules, depthLimit(MAX_DEPTH)]),
      // Browsers cannot set headers`,
  },
  {
    file: 'src/server.ts',
    replace: `    formatError:`,
    with: `    validationRules: [depthLimit(MAX_DEPTH)],
    formatError:`,
  },
  {
    file: 'src/typeDefs.ts',
    replace: 'export const typeDefs = /* GraphQL */ `\n',
    with: `export const typeDefs = /* GraphQL */ \`
  # Apollo Server reads these hints and sends the Cache-Control header: the shortest maxAge of the fields in the
  # answer, and private as soon as one of them is.
  enum CacheControlScope {
    PUBLIC
    PRIVATE
  }

  directive @cacheControl(maxAge: Int, scope: CacheControlScope, inheritMaxAge: Boolean) on FIELD_DEFINITION | OBJECT | INTERFACE | UNION

`,
  },
  { file: 'src/typeDefs.ts', replace: `    me: User\n`, with: `    me: User @cacheControl(maxAge: 0)\n` },
  { file: 'src/typeDefs.ts', replace: `  type Book {`, with: `  type Book @cacheControl(maxAge: 60) {` },
  { file: 'src/typeDefs.ts', replace: `  type Author {`, with: `  type Author @cacheControl(maxAge: 60) {` },
  { file: 'src/typeDefs.ts', replace: `  type Review {`, with: `  type Review @cacheControl(maxAge: 30) {` },
  { file: 'src/typeDefs.ts', replace: `  type User {`, with: `  type User @cacheControl(maxAge: 60) {` },
  {
    file: 'src/typeDefs.ts',
    replace: `    email: String @auth(requires: SELF_OR_ADMIN)`,
    with: `    email: String @auth(requires: SELF_OR_ADMIN) @cacheControl(scope: PRIVATE)`,
  },
];
