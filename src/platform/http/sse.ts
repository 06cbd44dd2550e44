import type { ServerResponse } from 'node:http'
import type { FastifyReply, FastifyRequest } from 'fastify'

/**
 * Server-sent event streams (text/event-stream), for any module's route: the response's headers,
 * `id:`/`event:`/`data:` framing, a heartbeat comment, the client's Last-Event-ID, dropping a
 * client that stopped reading, and ending a stream with a reason. What is sent, and to whom, is
 * the module's.
 */

/** One event: its name, its JSON data, and the id a reconnecting client resumes after. */
export interface ServerSentEvent {
  id?: string
  event: string
  data: unknown
}

/** A comment now and then keeps proxies from closing a quiet stream. */
export const HEARTBEAT = ': heartbeat\n\n'
// A client this far behind (a stalled connection) is dropped rather than buffered for ever.
const MAX_BUFFERED_BYTES = 1 << 20

/** An event as the stream carries it. */
export function frameOf({ id, event, data }: ServerSentEvent): string {
  return `${id === undefined ? '' : `id: ${id}\n`}event: ${event}\ndata: ${JSON.stringify(data)}\n\n`
}

/** The id of the last event a reconnecting client received, as its EventSource sends it. */
export function lastEventIdOf(request: FastifyRequest): string | undefined {
  const id = request.headers['last-event-id']
  return typeof id === 'string' ? id : undefined
}

/**
 * Takes over the reply as an event stream: the headers, then how long a browser waits before
 * reconnecting after the stream breaks. @returns the raw response to write events to
 */
export function openEventStream(reply: FastifyReply, retryMs: number): ServerResponse {
  reply.hijack()
  const response = reply.raw
  if (response.destroyed) return response
  response.writeHead(200, {
    'content-type': 'text/event-stream; charset=utf-8',
    'cache-control': 'no-cache, no-transform',
    'x-accel-buffering': 'no',
    'x-request-id': reply.request.id,
  })
  response.write(`retry: ${retryMs}\n\n`)
  return response
}

/** Writes to a stream unless its client stopped reading: a stalled client is dropped instead. */
export function deliver(response: ServerResponse, chunk: string): void {
  if (response.destroyed || response.writableEnded) return
  if (response.writableLength > MAX_BUFFERED_BYTES) response.destroy()
  else response.write(chunk)
}

/** Ends a stream, telling the client why in a last event. */
export function endEventStream(response: ServerResponse, event: string, data: unknown): void {
  deliver(response, frameOf({ event, data }))
  response.end()
}
