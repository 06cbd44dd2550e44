import { Type, type Static } from '@sinclair/typebox'
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { requirePersonalNumber } from '../../../platform/auth/access.js'
import type { Executor } from '../../../platform/db/database.js'
import { errorResponses } from '../../../platform/http/errors.js'
import { getHouseholdOf } from './residents.service.js'
import { getUnit, resolveAsOf } from '../units/units.service.js'

const Sex = Type.Union([Type.Literal('M'), Type.Literal('F')])

export const MyRecordSchema = Type.Object({
  personalNumber: Type.String(),
  fullName: Type.String(),
  birthDate: Type.String({ format: 'date' }),
  sex: Sex,
  address: Type.String(),
  commune: Type.Object({ code: Type.String(), name: Type.String(), province: Type.String() }),
  household: Type.Array(
    Type.Object({
      fullName: Type.String(),
      relationToHead: Type.String(),
      birthDate: Type.String({ format: 'date' }),
      self: Type.Boolean(),
    }),
  ),
})
export type MyRecord = Static<typeof MyRecordSchema>

/**
 * A resident's own entry in the registry, as in the household book: their details, address and
 * the members of their household. Reading one's own record leaves no audit entry (nobody else looked).
 * @throws POPULATION_RESIDENT_NOT_FOUND
 */
export async function getMyRecord(db: Executor, personalNumber: string): Promise<MyRecord> {
  const { household, members } = await getHouseholdOf(db, personalNumber)
  const me = members.find((m) => m.personalNumber === personalNumber)!
  const unit = await getUnit(db, household.communeCode, resolveAsOf(undefined))
  return {
    personalNumber,
    fullName: me.fullName,
    birthDate: me.birthDate,
    sex: me.sex,
    address: household.address,
    commune: {
      code: unit.code,
      name: unit.name,
      province: unit.parents.find((p) => p.level === 'province')?.name ?? '',
    },
    // As in the household book: those who moved out or died are no longer members.
    household: members
      .filter((m) => m.status === 'resident' || m.personalNumber === personalNumber)
      .map((m) => ({
        fullName: m.fullName,
        relationToHead: m.relationToHead,
        birthDate: m.birthDate,
        self: m.personalNumber === personalNumber,
      })),
  }
}

export const myRecordRoutes =
  (db: Executor): FastifyPluginAsyncTypebox =>
  async (app) => {
    app.get(
      '/record',
      {
        schema: {
          tags: ['me'],
          summary: 'Thông tin cư trú của tôi / My registry record',
          response: { 200: MyRecordSchema, ...errorResponses(401, 404) },
        },
        config: { access: 'me.read' },
      },
      async (request) => {
        const personalNumber = requirePersonalNumber(request)
        return getMyRecord(db, personalNumber)
      },
    )
  }
