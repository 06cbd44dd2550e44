import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { requirePrincipal } from '../../platform/auth/access.js'
import { errorResponses as errors } from '../../platform/http/errors.js'
import type { CheckpointsRouteOptions } from './checkpoints.routes.js'
import { presentTicket, presentTrainTrip } from './checkpoints.presenters.js'
import {
  BoardingAnswer,
  BoardingBody,
  IdParams,
  IssueAnswer,
  StationList,
  TicketsBody,
  TrainBoardingAnswer,
  TrainTripBody,
  TrainTripList,
  TrainTripSchema,
  TrainTripsQuery,
} from './checkpoints.schemas.js'
import { boardTrain, boardWithTicket, issueTickets, issueTrainTickets } from './tickets.service.js'
import {
  createTrainTrip,
  getTrainTrip,
  listTrainTrips,
  stationsFor,
} from './train-trips.service.js'

const tags = ['checkpoints']

const ISSUE = { access: 'checkpoints.tickets.issue' } as const
const CHECK = { access: 'checkpoints.tickets.check' } as const

/**
 * Tickets bound to the chip card (model 19): issued by coach and railway operators, checked at
 * boarding; the train trips themselves, which the railway operators keep here.
 */
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
        config: ISSUE,
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
        config: CHECK,
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
    app.post(
      '/train-trips',
      {
        schema: {
          tags,
          summary: 'Mở chuyến tàu giữa hai ga / Open a train trip between two stations',
          body: TrainTripBody,
          response: { 201: TrainTripSchema, ...errors(400, 401, 403, 404, 422) },
        },
        config: ISSUE,
      },
      async (request, reply) => {
        const trip = await createTrainTrip(
          db,
          { principal: requirePrincipal(request), ip: request.ip },
          request.body,
        )
        return reply.code(201).send(presentTrainTrip({ ...trip, sold: 0, boarded: 0 }))
      },
    )
    app.get(
      '/train-trips',
      {
        schema: {
          tags,
          summary:
            'Chuyến tàu của đơn vị tôi, vé đã bán và đã lên tàu / My operator’s train trips, tickets sold and boarded',
          querystring: TrainTripsQuery,
          response: { 200: TrainTripList, ...errors(400, 401, 403) },
        },
        config: CHECK,
      },
      async (request) => ({
        trips: (await listTrainTrips(db, requirePrincipal(request), request.query.limit ?? 50)).map(
          presentTrainTrip,
        ),
      }),
    )
    app.get(
      '/stations',
      {
        schema: {
          tags,
          summary: 'Các ga đường sắt / Railway stations',
          response: { 200: StationList, ...errors(401, 403) },
        },
        config: ISSUE,
      },
      async (request) => ({ stations: await stationsFor(db, requirePrincipal(request)) }),
    )
    app.get(
      '/train-trips/:id',
      {
        schema: {
          tags,
          summary: 'Chuyến tàu và số vé đã bán / A train trip and its tickets sold',
          params: IdParams,
          response: { 200: TrainTripSchema, ...errors(400, 401, 403, 404) },
        },
        config: CHECK,
      },
      async (request) =>
        presentTrainTrip(await getTrainTrip(db, requirePrincipal(request), request.params.id)),
    )
    app.post(
      '/train-trips/:id/tickets',
      {
        schema: {
          tags,
          summary:
            'Phát hành vé tàu gắn với số định danh / Issue train tickets to personal numbers',
          params: IdParams,
          body: TicketsBody,
          response: { 201: IssueAnswer, ...errors(400, 401, 403, 404, 409, 422) },
        },
        config: ISSUE,
      },
      async (request, reply) => {
        const answer = await issueTrainTickets(
          db,
          { principal: requirePrincipal(request), ip: request.ip },
          { tripId: request.params.id, personalNumbers: request.body.personalNumbers },
        )
        return reply.code(201).send({ ...answer, issued: answer.issued.map(presentTicket) })
      },
    )
    app.post(
      '/train-trips/:id/boardings',
      {
        schema: {
          tags,
          summary: 'Soát vé tàu tại cổng ga bằng thẻ căn cước / Board a train by chip card or QR',
          params: IdParams,
          body: BoardingBody,
          response: { 201: TrainBoardingAnswer, ...errors(400, 401, 403, 404, 409, 422) },
        },
        config: CHECK,
      },
      async (request, reply) => {
        const answer = await boardTrain(
          db,
          { principal: requirePrincipal(request), ip: request.ip, identity, now: new Date() },
          { tripId: request.params.id, code: request.body.code },
        )
        return reply.code(201).send({ ...answer, ticket: presentTicket(answer.ticket) })
      },
    )
  }
