import fs from 'node:fs';

/** Reads settings from environment variables, and from the .env file when there is one. */
export function loadConfig() {
  if (fs.existsSync('.env')) process.loadEnvFile('.env');
  return {
    port: Number(process.env.PORT ?? 3000),
    databaseFile: process.env.DATABASE_FILE ?? 'data/app.db',
    jwtSecret: process.env.JWT_SECRET,
  };
}
