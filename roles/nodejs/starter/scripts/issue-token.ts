// Prints a token for trying the API locally: npm run token -- <user-id> [expires-in, e.g. 2h]
import { existsSync } from 'node:fs';
import { createTokenService } from '../src/auth/tokens.js';
import { loadConfig } from '../src/config.js';

if (existsSync('.env')) process.loadEnvFile('.env');

const [userId = 'demo-user', expiresIn = '1h'] = process.argv.slice(2);
const { jwtSecret } = loadConfig();
console.log(await createTokenService(jwtSecret).issue(userId, expiresIn));
