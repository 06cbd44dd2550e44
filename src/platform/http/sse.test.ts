import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import Fastify from 'fastify'
import {
  deliver,
  endEventStream,
  frameOf,
  HEARTBEAT,
  lastEventIdOf,
  openEventStream,
} from './sse.js'

describe('server-sent event streams', () => {
  it('frames an event with its id, name and JSON data, and a heartbeat as a comment', () => {
    assert.equal(
      frameOf({ id: '7-3', event: 'stays.declared', data: { a: 1 } }),
      'id: 7-3\nevent: stays.declared\ndata: {"a":1}\n\n',
    )
    assert.equal(frameOf({ event: 'stays.resync', data: {} }), 'event: stays.resync\ndata: {}\n\n')
    assert.equal(HEARTBEAT, ': heartbeat\n\n')
  })

  it('opens a stream with its headers and retry, writes events and ends with a reason', async () => {
    const app = Fastify()
    app.get('/stream', async (request, reply) => {
      const response = openEventStream(reply, 3_000)
      deliver(response, frameOf({ id: lastEventIdOf(request) ?? 'none', event: 'e', data: [1] }))
      deliver(response, HEARTBEAT)
      endEventStream(response, 'ended', { reason: 'signed-out' })
      deliver(response, frameOf({ event: 'late', data: {} }))
    })
    const res = await app.inject({ url: '/stream', headers: { 'last-event-id': '5-1' } })
    assert.equal(res.statusCode, 200)
    assert.equal(res.headers['content-type'], 'text/event-stream; charset=utf-8')
    assert.equal(res.headers['cache-control'], 'no-cache, no-transform')
    assert.equal(res.headers['x-accel-buffering'], 'no')
    assert.equal(typeof res.headers['x-request-id'], 'string')
    assert.equal(
      res.body,
      'retry: 3000\n\nid: 5-1\nevent: e\ndata: [1]\n\n: heartbeat\n\n' +
        'event: ended\ndata: {"reason":"signed-out"}\n\n',
    )
    await app.close()
  })
})
