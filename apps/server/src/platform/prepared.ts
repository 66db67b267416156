import type { Database } from './db.ts';

/**
 * A statement prepared once per database and reused outside transactions: the query is
 * built by Drizzle once and parsed by the server once, not on every request. For the reads
 * every request makes (the session, the account scope, a search page).
 */
export function preparedPerDatabase<S>(prepare: (db: Database) => S): (db: Database) => S {
  const statements = new WeakMap<Database, S>();
  return (db) => {
    let statement = statements.get(db);
    if (!statement) {
      statement = prepare(db);
      statements.set(db, statement);
    }
    return statement;
  };
}
