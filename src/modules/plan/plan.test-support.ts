import assert from 'node:assert/strict'
import type { InjectOptions, LightMyRequestResponse } from 'fastify'
import { enrol, type Actor, TODAY, fixedClock } from '../../../test/kit/index.js'
import type { Principal } from '../../platform/auth/principal.js'
import type { Role } from '../../platform/auth/roles.js'
import type { Database } from '../../platform/db/database.js'
import type { App } from '../../platform/http/server.js'
import { grantRole } from '../identity/index.js'
import { seedPopulation } from '../population/index.js'
import { createKpiBoard } from './kpi.service.js'
import type { PlanContext } from './context.js'
import { ensurePlanReference } from './plan.reference.js'

export interface PlanActors {
  committee: Actor
  office: Actor
  /** Reporters of the provincial police (CAT) and of the information department (STTTT). */
  police: Actor
  ict: Actor
}

/** A small registry, the plan's data, and one actor per plan role. */
export async function planActors(app: App, database: Database): Promise<PlanActors> {
  await seedPopulation(database, { scale: 1_000, seed: 106, today: TODAY })
  await ensurePlanReference(database.db)
  const reporter = async (agencyCode: string): Promise<Actor> => {
    const actor = await enrol(app, database)
    await grantRole(database.db, {
      accountId: actor.accountId,
      role: 'agencyReporter',
      unitCodes: ['75'],
      agencyCode,
    })
    return actor
  }
  return {
    committee: await enrol(app, database, { role: 'committeeMember', unitCodes: ['75'] }),
    office: await enrol(app, database, { role: 'standingOffice', unitCodes: ['75'] }),
    police: await reporter('CAT'),
    ict: await reporter('STTTT'),
  }
}

/** app.inject as an actor, with the status checked unless told otherwise. */
export function caller(app: () => App) {
  return async (
    actor: Actor,
    options: InjectOptions & { expect?: number },
  ): Promise<LightMyRequestResponse> => {
    const { expect = 200, ...request } = options
    const response = await app().inject({
      ...request,
      headers: { ...request.headers, cookie: actor.cookie },
    })
    assert.equal(
      response.statusCode,
      expect,
      `${String(request.method)} ${JSON.stringify(request.url)}: ${response.body}`,
    )
    return response
  }
}

/** A principal for calling services directly, as the access hook would build it. */
export function principalOf(actor: Actor, role: Role, agencyCode?: string): Principal {
  return {
    kind: 'staff',
    accountId: actor.accountId,
    personalNumber: actor.personalNumber,
    grants: [{ role, unitCodes: ['75'], agencyCode: agencyCode ?? null }],
    clientId: null,
  }
}

/** The services' context at a fixed instant, for the calendar rules. */
export function contextAt(database: Database, at: string, reportDay = 18): PlanContext {
  return {
    database,
    kpis: createKpiBoard(database),
    reportDay,
    now: fixedClock(at).now,
  }
}
