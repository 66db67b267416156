import type { SQL } from 'drizzle-orm';
import type { Database, Tx } from './db.ts';

/** Where a statement runs: the database itself (one read, no transaction) or a use case's transaction. */
export type Runner = Database | Tx;
type Values = Record<string, unknown>;
type Executable<R> = { execute(values?: Values): Promise<R> };

/**
 * The few Drizzle internals this file relies on, and nothing else does: a database or
 * transaction runs its statements through a session holding the connection (`client`), and
 * a prepared query runs on the `client` it holds. `prepared.test.ts` pins them down.
 */
type Internals = {
  session: { client: unknown; prepareQuery(query: unknown, fields: undefined, name: string, arrayMode: boolean): Executable<unknown> };
  dialect: { sqlToQuery(sql: SQL): unknown };
};
const internalsOf = (runner: Runner) => runner as unknown as Internals;

/**
 * A statement Drizzle builds once and PostgreSQL parses and plans once per connection (a
 * named prepared statement), run in whatever transaction the caller holds. For the
 * statements every cart change and checkout makes: building a query in Drizzle costs about
 * as much CPU as the round trip (docs/performance.md). Values come in through
 * `sql.placeholder(name)`.
 *
 * The statement is built on the first runner it meets and then run on each caller's own
 * connection, so it sees the caller's uncommitted rows and locks; one build per kind of
 * session (node-postgres, PGlite), since the two drivers prepare differently.
 */
export function reusableStatement<R>(name: string, build: (runner: Runner) => { prepare(name: string): Executable<R> }): (runner: Runner, values?: Values) => Promise<R> {
  const built = new Map<unknown, Executable<R>>();
  return (runner, values) => {
    const { session } = internalsOf(runner);
    let statement = built.get(session.constructor);
    if (!statement) {
      statement = build(runner).prepare(name);
      built.set(session.constructor, statement);
    }
    const onThisConnection = Object.create(statement, { client: { value: session.client } }) as Executable<R>;
    return onThisConnection.execute(values);
  };
}

/** `reusableStatement` for a hand-written query (a union, a CTE): its raw rows, with the column names as PostgreSQL gives them. */
export function reusableSql<Row>(name: string, query: SQL): (runner: Runner, values?: Values) => Promise<Row[]> {
  const run = reusableStatement<{ rows: Row[] }>(name, (runner) => ({
    prepare: (statementName) => {
      const { session, dialect } = internalsOf(runner);
      return session.prepareQuery(dialect.sqlToQuery(query), undefined, statementName, false) as Executable<{ rows: Row[] }>;
    },
  }));
  return async (runner, values) => (await run(runner, values)).rows;
}
