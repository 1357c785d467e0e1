// The fixed vocabularies of the catalog, free of zod so that run-time code can import them.

/** In the guide's order. Saved progress and other extensions depend on these; never change one. */
export const ROLE_IDS = [
  'backend-beginner',
  'nodejs',
  'python',
  'java-spring',
  'dotnet',
  'graphql',
  'php-laravel',
  'api-design',
  'microservices',
  'engineering-manager',
  'devops',
] as const;

export const LEVELS = ['beginner', 'intermediate', 'advanced', 'specialist'] as const;

export type RoleId = (typeof ROLE_IDS)[number];
export type Level = (typeof LEVELS)[number];
