// Reference solution of nodejs/trust-identity-provider: an RS256 verifier over the provider's JWKS (created once),
// a TokenVerifier interface the app depends on, and configuration that picks it when JWKS_URL is set.
const oidc = `import { createRemoteJWKSet, errors, jwtVerify } from 'jose';
import { UnauthorizedError } from '../errors.js';
import type { TokenVerifier } from './tokens.js';

export interface OidcOptions {
  /** The provider's published keys, e.g. https://id.example.com/realms/x/protocol/openid-connect/certs */
  jwksUrl: string | URL;
  /** The provider's issuer identifier; tokens must carry it in \`iss\`. */
  issuer: string;
  /** This API's identifier at the provider; tokens must carry it in \`aud\`. */
  audience: string;
}

/**
 * Verifies the RS256 access tokens of an OpenID Connect provider. The key set is created once: jose caches the
 * keys and fetches them again only for a key id it does not know (when the provider rotates its keys).
 */
export function createOidcVerifier({ jwksUrl, issuer, audience }: OidcOptions): TokenVerifier {
  const keys = createRemoteJWKSet(new URL(jwksUrl));
  return {
    async verify(token) {
      try {
        const { payload } = await jwtVerify(token, keys, { algorithms: ['RS256'], issuer, audience, requiredClaims: ['sub', 'exp'] });
        return { id: payload.sub as string };
      } catch (err) {
        if (err instanceof errors.JOSEError) throw new UnauthorizedError('Invalid or expired token');
        throw err;
      }
    },
  };
}
`;

const config = `import { z } from 'zod';
import type { OidcOptions } from './auth/oidc.js';

const envSchema = z
  .object({
    PORT: z.coerce.number().int().min(0).max(65_535).default(3000),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    JWT_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
    JWKS_URL: z.url({ protocol: /^https?$/, error: 'must be the http(s) URL of the identity provider’s JWKS' }).optional(),
    JWT_ISSUER: z.string().min(1).optional(),
    JWT_AUDIENCE: z.string().min(1).optional(),
  })
  .refine((env) => env.JWKS_URL !== undefined || env.JWT_SECRET !== undefined, {
    message: 'set JWT_SECRET, or JWKS_URL with JWT_ISSUER and JWT_AUDIENCE',
    path: ['JWT_SECRET'],
  })
  .refine((env) => env.JWKS_URL === undefined || env.JWT_ISSUER !== undefined, { message: 'is required with JWKS_URL', path: ['JWT_ISSUER'] })
  .refine((env) => env.JWKS_URL === undefined || env.JWT_AUDIENCE !== undefined, { message: 'is required with JWKS_URL', path: ['JWT_AUDIENCE'] });

type Env = z.infer<typeof envSchema>;

/** Tokens are verified either with a shared HS256 secret (local development) or against an identity provider. */
export type Config = { port: number; logLevel: Env['LOG_LEVEL'] } & ({ jwtSecret: string; oidc?: undefined } | { jwtSecret?: undefined; oidc: OidcOptions });

/** Reads and validates the environment once, at startup, so a misconfigured server fails before it listens. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    throw new Error(\`Invalid environment (see .env.example):\\n\${z.prettifyError(parsed.error)}\`);
  }
  const { PORT: port, LOG_LEVEL: logLevel, JWT_SECRET, JWKS_URL, JWT_ISSUER, JWT_AUDIENCE } = parsed.data;
  if (JWKS_URL !== undefined && JWT_ISSUER !== undefined && JWT_AUDIENCE !== undefined) {
    return { port, logLevel, oidc: { jwksUrl: JWKS_URL, issuer: JWT_ISSUER, audience: JWT_AUDIENCE } };
  }
  // The refinements above make this unreachable; it keeps the types honest.
  if (JWT_SECRET === undefined) throw new Error('Invalid environment: JWT_SECRET is missing');
  return { port, logLevel, jwtSecret: JWT_SECRET };
}
`;

export default () => [
  { file: 'src/auth/oidc.ts', content: oidc },
  { file: 'src/config.ts', content: config },
  {
    file: 'src/auth/tokens.ts',
    replace: `export interface TokenService {
  issue(userId: string, expiresIn?: string): Promise<string>;
  verify(token: string): Promise<AuthUser>;
}`,
    with: `/** What the app needs: who a bearer token belongs to (or UnauthorizedError). */
export interface TokenVerifier {
  verify(token: string): Promise<AuthUser>;
}

export interface TokenService extends TokenVerifier {
  issue(userId: string, expiresIn?: string): Promise<string>;
}`,
  },
  {
    file: 'src/auth/require-auth.ts',
    replace: `import type { AuthUser, TokenService } from './tokens.js';`,
    with: `import type { AuthUser, TokenVerifier } from './tokens.js';`,
  },
  {
    file: 'src/auth/require-auth.ts',
    replace: `export function requireAuth(tokens: TokenService): RequestHandler {`,
    with: `export function requireAuth(tokens: TokenVerifier): RequestHandler {`,
  },
  {
    file: 'src/app.ts',
    replace: `import type { TokenService } from './auth/tokens.js';`,
    with: `import type { TokenVerifier } from './auth/tokens.js';`,
  },
  {
    file: 'src/app.ts',
    replace: `  tokens: TokenService;`,
    with: `  tokens: TokenVerifier;`,
  },
  {
    file: 'src/server.ts',
    replace: `import { createTokenService } from './auth/tokens.js';`,
    with: `import { createOidcVerifier } from './auth/oidc.js';\nimport { createTokenService } from './auth/tokens.js';`,
  },
  {
    file: 'src/server.ts',
    replace: `  tokens: createTokenService(config.jwtSecret),`,
    with: `  // Tokens from the identity provider in production; HS256 tokens from \`npm run token\` locally.
  tokens: config.oidc ? createOidcVerifier(config.oidc) : createTokenService(config.jwtSecret),`,
  },
  {
    file: 'scripts/issue-token.ts',
    replace: `const { jwtSecret } = loadConfig();`,
    with: `const { jwtSecret } = loadConfig();
if (jwtSecret === undefined) throw new Error('npm run token signs with JWT_SECRET; with JWKS_URL set, get tokens from the identity provider');`,
  },
  {
    file: '.env.example',
    replace: `JWT_SECRET=change-me-to-a-long-random-string-of-32-chars-or-more\n`,
    with: `JWT_SECRET=change-me-to-a-long-random-string-of-32-chars-or-more
# Or trust an OpenID Connect provider's RS256 tokens instead (then JWT_SECRET is not needed):
# JWKS_URL=https://id.example.com/realms/tasks/protocol/openid-connect/certs
# JWT_ISSUER=https://id.example.com/realms/tasks
# JWT_AUDIENCE=tasks-api
`,
  },
];
