import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { requirePrincipal } from '../../platform/auth/access.js'
import { errorResponses as errors } from '../../platform/http/errors.js'
import type { CheckpointsRouteOptions } from './checkpoints.routes.js'
import { presentTicket } from './checkpoints.presenters.js'
import {
  BoardingAnswer,
  BoardingBody,
  IdParams,
  IssueAnswer,
  TicketsBody,
} from './checkpoints.schemas.js'
import { boardWithTicket, issueTickets } from './tickets.service.js'

const tags = ['checkpoints']

/** Tickets bound to the chip card (model 19): issued by coach operators, checked at boarding. */
export const ticketsRoutes =
  ({ database, identity }: CheckpointsRouteOptions): FastifyPluginAsyncTypebox =>
  async (app) => {
    const { db } = database
    app.post(
      '/trips/:id/tickets',
      {
        schema: {
          tags,
          summary: 'Phát hành vé gắn với số định danh / Issue tickets bound to personal numbers',
          params: IdParams,
          body: TicketsBody,
          response: { 201: IssueAnswer, ...errors(400, 401, 403, 404, 409, 422) },
        },
        config: { access: 'checkpoints.tickets.issue' },
      },
      async (request, reply) => {
        const answer = await issueTickets(
          db,
          { principal: requirePrincipal(request), ip: request.ip },
          { tripId: request.params.id, personalNumbers: request.body.personalNumbers },
        )
        return reply.code(201).send({ ...answer, issued: answer.issued.map(presentTicket) })
      },
    )
    app.post(
      '/trips/:id/boardings',
      {
        schema: {
          tags,
          summary: 'Soát vé khi lên xe bằng thẻ căn cước / Board by the chip card or identity QR',
          params: IdParams,
          body: BoardingBody,
          response: { 201: BoardingAnswer, ...errors(400, 401, 403, 404, 409, 422) },
        },
        config: { access: 'checkpoints.tickets.check' },
      },
      async (request, reply) => {
        const answer = await boardWithTicket(
          db,
          { principal: requirePrincipal(request), ip: request.ip, identity, now: new Date() },
          { tripId: request.params.id, code: request.body.code },
        )
        return reply.code(201).send({ ...answer, ticket: presentTicket(answer.ticket) })
      },
    )
  }
