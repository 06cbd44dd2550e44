import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Type } from '@sinclair/typebox'
import type { FastifyRequest } from 'fastify'
import { requirePrincipal } from '../../platform/auth/access.js'
import type { Database } from '../../platform/db/database.js'
import { errorResponses as errors } from '../../platform/http/errors.js'
import { listDevices, registerDevice, revokeDevice } from './attestation.service.js'
import {
  listPartnerStaff,
  listPartners,
  managedPartner,
  namePartnerStaff,
  registerPartner,
  removePartnerStaff,
} from './partners.service.js'
import { presentDevice, presentPartner } from './verification.presenters.js'
import {
  DeviceBody,
  DeviceList,
  DeviceParams,
  DeviceSchema,
  IdParams,
  PartnerBody,
  PartnerList,
  PartnerSchema,
  StaffBody,
  StaffGrantSchema,
  StaffList,
  StaffParams,
} from './verification.schemas.js'

const tags = ['verification']
const MANAGE = { access: 'verification.partners.manage' }

const admin = (request: FastifyRequest) => ({
  principal: requirePrincipal(request),
  ip: request.ip,
})

const presentStaff = (
  partnerId: string,
  grant: { grantId: number; personalNumber: string; grantedAt: Date },
) => ({
  grantId: grant.grantId,
  personalNumber: grant.personalNumber,
  partnerId,
  grantedAt: grant.grantedAt.toISOString(),
})

/**
 * The officers who onboard partners, within their jurisdiction: register a partner, name and
 * remove its staff, register its kiosk devices' keys.
 */
export const partnerAdministrationRoutes =
  ({ database }: { database: Database }): FastifyPluginAsyncTypebox =>
  async (app) => {
    const { db } = database
    app.post(
      '/partners',
      {
        schema: {
          tags,
          summary: 'Đăng ký đơn vị đối tác / Register a partner',
          body: PartnerBody,
          response: { 201: PartnerSchema, ...errors(400, 401, 403, 422) },
        },
        config: MANAGE,
      },
      async (request, reply) =>
        reply
          .code(201)
          .send(presentPartner(await registerPartner(db, admin(request), request.body))),
    )
    app.get(
      '/partners',
      {
        schema: {
          tags,
          summary: 'Đơn vị đối tác trong địa bàn / Partners in my units',
          response: { 200: PartnerList, ...errors(401, 403) },
        },
        config: MANAGE,
      },
      async (request) => ({
        partners: (await listPartners(db, requirePrincipal(request))).map(presentPartner),
      }),
    )
    app.get(
      '/partners/:id',
      {
        schema: {
          tags,
          summary: 'Một đơn vị đối tác / One partner',
          params: IdParams,
          response: { 200: PartnerSchema, ...errors(400, 401, 403, 404) },
        },
        config: MANAGE,
      },
      async (request) =>
        presentPartner(await managedPartner(db, requirePrincipal(request), request.params.id)),
    )
    app.get(
      '/partners/:id/staff',
      {
        schema: {
          tags,
          summary: 'Nhân viên của đơn vị đối tác / A partner’s staff',
          params: IdParams,
          response: { 200: StaffList, ...errors(400, 401, 403, 404) },
        },
        config: MANAGE,
      },
      async (request) => ({
        staff: (await listPartnerStaff(db, requirePrincipal(request), request.params.id)).map((s) =>
          presentStaff(request.params.id, s),
        ),
      }),
    )
    app.post(
      '/partners/:id/staff',
      {
        schema: {
          tags,
          summary: 'Giao nhân viên cho đơn vị đối tác / Name a partner’s staff member',
          params: IdParams,
          body: StaffBody,
          response: { 201: StaffGrantSchema, ...errors(400, 401, 403, 404, 409, 422) },
        },
        config: MANAGE,
      },
      async (request, reply) => {
        const grant = await namePartnerStaff(database, admin(request), {
          partnerId: request.params.id,
          personalNumber: request.body.personalNumber,
        })
        return reply
          .code(201)
          .send(presentStaff(request.params.id, { ...grant, grantId: grant.id }))
      },
    )
    app.delete(
      '/partners/:id/staff/:grantId',
      {
        schema: {
          tags,
          summary: 'Gỡ nhân viên khỏi đơn vị đối tác / Remove a partner’s staff member',
          params: StaffParams,
          response: { 204: Type.Null(), ...errors(400, 401, 403, 404, 409) },
        },
        config: MANAGE,
      },
      async (request, reply) => {
        await removePartnerStaff(database, admin(request), {
          partnerId: request.params.id,
          grantId: request.params.grantId,
        })
        return reply.code(204).send(null)
      },
    )
    app.get(
      '/partners/:id/devices',
      {
        schema: {
          tags,
          summary: 'Các ki-ốt của đơn vị đối tác / A partner’s kiosk devices',
          params: IdParams,
          response: { 200: DeviceList, ...errors(400, 401, 403, 404) },
        },
        config: MANAGE,
      },
      async (request) => {
        const partner = await managedPartner(db, requirePrincipal(request), request.params.id)
        return { devices: (await listDevices(db, partner)).map(presentDevice) }
      },
    )
    app.post(
      '/partners/:id/devices',
      {
        schema: {
          tags,
          summary: 'Đăng ký khoá ki-ốt cho đơn vị đối tác / Register a partner’s kiosk device key',
          params: IdParams,
          body: DeviceBody,
          response: { 201: DeviceSchema, ...errors(400, 401, 403, 404, 422) },
        },
        config: MANAGE,
      },
      async (request, reply) => {
        const partner = await managedPartner(db, requirePrincipal(request), request.params.id)
        return reply.code(201).send(presentDevice(await registerDevice(db, partner, request.body)))
      },
    )
    app.delete(
      '/partners/:id/devices/:deviceId',
      {
        schema: {
          tags,
          summary: 'Thu hồi khoá ki-ốt của đơn vị đối tác / Revoke a partner’s kiosk device key',
          params: DeviceParams,
          response: { 204: Type.Null(), ...errors(400, 401, 403, 404) },
        },
        config: MANAGE,
      },
      async (request, reply) => {
        const partner = await managedPartner(db, requirePrincipal(request), request.params.id)
        await revokeDevice(db, partner, request.params.deviceId)
        return reply.code(204).send(null)
      },
    )
  }
