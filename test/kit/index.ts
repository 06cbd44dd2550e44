/**
 * The test kit: one place for what tests share, one vocabulary. See README.md.
 *
 * - database: `describeOnEngines`, `openTestDatabase`, `ENGINES`
 * - app: `useApp`, `useListeningApp`, `testConfig`, `freePort`
 * - people: `pickResident`, `enrol` (a resident, an account at an eID level, staff with a role over
 *   units), `signInCookie`, `PASSWORD`, `lastSentCode`
 * - establishment: `openEstablishment`; guests: `pickGuests`, `declareGuests`
 * - checkpoint site: `openSite` (an operator, a site, two gates, staff, a camera system), `CHECKPOINTS_API`
 * - clock: `TODAY`, `NOW`, `fixedClock`
 * - refusal: `assertRefusal`, `refusalOf`, `rejectsWith`
 * - scopes (the jurisdiction walks): `walkScopeCases`, `sideCase`, `assertRecordRoutesKnown`,
 *   `seedTwoCommunes`, `answerAs`
 * - within, user agent, access log, child processes (CLI, server, throwaway PostgreSQL)
 */
export * from './access-log.js'
export * from './app.js'
export * from './checkpoint-site.js'
export * from './cli.js'
export * from './clock.js'
export * from './database.js'
export * from './establishment.js'
export * from './guests.js'
export * from './people.js'
export * from './refusal.js'
export * from './scopes.js'
export * from './server-process.js'
export * from './throwaway-postgres.js'
export * from './user-agent.js'
export * from './within.js'
