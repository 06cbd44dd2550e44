// SQLSTATE classes and codes of a server that is away or on its way down or up: class 08
// (connection exception), 57P01-57P03 (terminated by the administrator, crash shutdown, cannot
// connect now), as a restart of PostgreSQL gives them.
const SERVER_AWAY = /^(08...|57P0[123])$/
// The socket's own failures, when the server is not there at all or drops the connection.
const SOCKET_LOST = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH'])
// node-postgres reports a connection that ended, or a client it has given up on, without a code.
const CLIENT_LOST = /^Connection terminated|is not queryable$/

/**
 * Whether an error (or one of its causes: Drizzle wraps the driver's) means the database server
 * cannot be reached for now, rather than that the statement was wrong: worth retrying later.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (let e = error, depth = 0; e instanceof Error && depth < 5; e = e.cause, depth++) {
    const code = (e as { code?: unknown }).code
    if (typeof code === 'string' && (SERVER_AWAY.test(code) || SOCKET_LOST.has(code))) return true
    if (CLIENT_LOST.test(e.message)) return true
  }
  return false
}
