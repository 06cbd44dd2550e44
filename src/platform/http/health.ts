import type { FastifyInstance } from 'fastify'
import type { Database } from '../db/database.js'
import { pendingMigrations } from '../db/migrate.js'

const HealthSchema = {
  type: 'object',
  required: ['status'],
  properties: {
    status: { type: 'string', enum: ['ok', 'unavailable'] },
    checks: {
      type: 'object',
      properties: {
        database: { type: 'string' },
        migrations: { type: 'string' },
      },
    },
  },
} as const

export function registerHealth(app: FastifyInstance, database: Database): void {
  const common = { tags: ['platform'], response: { 200: HealthSchema, 503: HealthSchema } }
  app.get(
    '/healthz',
    { schema: { ...common, summary: 'The process is alive' }, config: { access: 'public' } },
    async () => ({
      status: 'ok',
    }),
  )
  app.get(
    '/readyz',
    {
      schema: { ...common, summary: 'The database is reachable and migrated' },
      config: { access: 'public' },
    },
    async (_request, reply) => {
      const database_ = await database.ping().then(
        () => 'ok',
        () => 'unreachable',
      )
      const pending = database_ === 'ok' ? await pendingMigrations(database) : -1
      const migrations = pending === 0 ? 'ok' : pending > 0 ? `${pending} pending` : 'unknown'
      const ready = database_ === 'ok' && pending === 0
      return reply
        .status(ready ? 200 : 503)
        .send({ status: ready ? 'ok' : 'unavailable', checks: { database: database_, migrations } })
    },
  )
}
