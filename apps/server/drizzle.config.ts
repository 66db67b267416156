import { defineConfig } from 'drizzle-kit';

/** `npm run db:generate -- --name=what_changed` writes the next migration from the schema files. */
export default defineConfig({
  dialect: 'postgresql',
  schema: './src/**/*.schema.ts',
  out: './src/migrations',
});
