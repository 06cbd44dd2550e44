import assert from 'node:assert/strict'
import { randomBytes } from 'node:crypto'
import { after, before, describe, it } from 'node:test'
import type { BulkSession } from '../../platform/db/database.js'
import { describeOnEngines } from '../../../test/kit/index.js'
import { recordFunctionArgument } from './record.service.js'
import { buildEntry, countEntries, recordCommitted, sealEverything } from './audit.test-support.js'

// Roles belong to the whole server, not to the test's database: a name of its own, dropped after.
const APP_ROLE = `cds_audit_app_${randomBytes(4).toString('hex')}`

/** The grants docs/adr/0009-audit-trail-integrity.md gives the platform's role. */
const GRANTS = [
  `GRANT USAGE ON SCHEMA public TO ${APP_ROLE}`,
  `GRANT SELECT ON audit_entries, audit_checkpoints, audit_quarantine TO ${APP_ROLE}`,
  `GRANT EXECUTE ON FUNCTION audit_record(jsonb),
     audit_seal(bigint[], bigint[], text[], text[], text, text),
     audit_quarantine_entries(bigint[], text[]) TO ${APP_ROLE}`,
]

describeOnEngines('the platform’s database role on the audit tables', (db, engine) => {
  const skip = engine === 'pglite' ? 'one user: PGlite has no roles to tell apart' : false

  /** Runs fn as the platform's role, in a transaction of its own. */
  const asPlatform = <T>(fn: (s: BulkSession) => Promise<T>): Promise<T> =>
    db().bulk(async (s) => {
      await s.query(`SET LOCAL ROLE ${APP_ROLE}`)
      return fn(s)
    })

  const denied = (statement: string) =>
    assert.rejects(
      asPlatform((s) => s.query(statement)),
      (error: { code?: string; cause?: { code?: string } }) => {
        assert.equal(error.code ?? error.cause?.code, '42501', statement)
        return true
      },
    )

  // A suite of its own: its after() drops the role before the database is closed.
  describe('as a role that is not a superuser', () => {
    before(async () => {
      if (skip) return
      await db().query(`CREATE ROLE ${APP_ROLE} NOSUPERUSER NOLOGIN`)
      for (const grant of GRANTS) await db().query(grant)
      await recordCommitted(db(), [buildEntry(1)])
      await sealEverything(db())
    })
    after(async () => {
      if (skip) return
      await db().query(`DROP OWNED BY ${APP_ROLE}`)
      await db().query(`DROP ROLE ${APP_ROLE}`)
    })

    it('may not insert, change or delete audit rows itself', { skip }, async () => {
      await denied(
        `INSERT INTO audit_entries (actor_account_id, actor_role, action, summary)
         VALUES ('officer-9', 'provincialPolice', 'population.resident.read', '{}')`,
      )
      await denied(`UPDATE audit_entries SET purpose = 'health_care'`)
      await denied('DELETE FROM audit_entries')
      await denied('TRUNCATE audit_entries')
      await denied(`INSERT INTO audit_checkpoints (chain_index, hash) VALUES (99, 'x')`)
      await denied(`INSERT INTO audit_quarantine (seq, reason) VALUES (1, 'x')`)
      await denied(`SET session_replication_role = replica`)
    })

    it(
      'records through the platform’s function, and the sealer chains what it wrote',
      { skip },
      async () => {
        const before = await countEntries(db())
        const argument = await recordFunctionArgument([buildEntry(2), buildEntry(3)])
        await asPlatform((s) => s.query('SELECT audit_record($1::jsonb)', [argument]))
        assert.equal(await sealEverything(db()), 2)
        assert.deepEqual(await countEntries(db()), {
          all: before.all + 2,
          sealed: before.sealed + 2,
        })
      },
    )
  })
})
