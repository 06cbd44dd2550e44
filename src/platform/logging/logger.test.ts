import assert from 'node:assert/strict'
import { Writable } from 'node:stream'
import { describe, it } from 'node:test'
import pino from 'pino'
import { loggerOptions, maskUrl } from './logger.js'

/** A logger configured as the server's, writing to a string instead of stdout. */
function memoryLogger(level = 'info'): { log: pino.Logger; output: () => string } {
  let output = ''
  const stream = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      output += chunk.toString('utf8')
      callback()
    },
  })
  return { log: pino(loggerOptions(level), stream), output: () => output }
}

const PERSON = {
  fullName: 'Nguyễn Thị Minh Khai',
  personalNumber: '079190012345',
  phone: '0903123456',
  address: '12 Lê Lợi, Phường Trảng Dài',
}

describe('the logger', () => {
  it('redacts personal data at the top level, keeping the rest of the entry', () => {
    const { log, output } = memoryLogger()
    log.info({ ...PERSON, commune: 'commune-25993' }, 'resident looked up')
    for (const value of Object.values(PERSON)) assert.ok(!output().includes(value), value)
    // The entry itself is still written: redaction, not silence.
    assert.match(output(), /commune-25993/)
    assert.match(output(), /resident looked up/)
    assert.match(output(), /\[redacted\]/)
  })

  it('redacts personal data nested one and two levels deep, and inside arrays', () => {
    const { log, output } = memoryLogger()
    log.info({ resident: { fullName: PERSON.fullName, unit: 'unit-a' } }, 'one level')
    log.info({ a: { b: { personalNumber: PERSON.personalNumber, unit: 'unit-b' } } }, 'two levels')
    log.info({ request: { phone: PERSON.phone }, household: { head: { address: PERSON.address } } })
    log.info({ residents: [{ fullName: 'Trần Văn Ba' }] }, 'array')
    for (const value of [...Object.values(PERSON), 'Trần Văn Ba']) {
      assert.ok(!output().includes(value), `${value} in:\n${output()}`)
    }
    assert.match(output(), /unit-a/)
    assert.match(output(), /unit-b/)
  })

  it('redacts personal data nested deeper than two levels', () => {
    const { log, output } = memoryLogger()
    log.info({ a: { b: { c: { phone: PERSON.phone } } } })
    assert.ok(!output().includes(PERSON.phone), output())
  })

  it('keeps the bound values and quoted keys of a failed query out of a logged error', () => {
    const { log, output } = memoryLogger()
    // The shape of drizzle-orm's DrizzleQueryError around a driver error.
    const driverError = Object.assign(new Error('duplicate key'), {
      detail: `Key (passport_number)=(B1234567) already exists.`,
    })
    const failed = Object.assign(
      new Error(
        `Failed query: select * from stay_declarations where personal_number = $1\nparams: ${PERSON.personalNumber},B1234567`,
        { cause: driverError },
      ),
      { params: [PERSON.personalNumber, 'B1234567'] },
    )
    log.error({ err: failed }, 'unhandled error')
    assert.ok(!output().includes(PERSON.personalNumber), output())
    assert.ok(!output().includes('B1234567'), output())
    // What failed stays readable.
    assert.match(output(), /Failed query: select \* from stay_declarations/)
    assert.match(output(), /Key \(passport_number\)/)
  })

  it('redacts credentials in request headers', () => {
    const { log, output } = memoryLogger()
    log.info({ headers: { authorization: 'Bearer eyJsecret', cookie: 'sid=s3cr3t' } })
    assert.ok(!output().includes('eyJsecret'), output())
    assert.ok(!output().includes('s3cr3t'), output())
  })

  it('logs a request by method, masked path and id only', () => {
    const { log, output } = memoryLogger()
    const req = {
      method: 'GET',
      url: '/api/v1/population/residents/079190012345?q=Nguyen%20Thi',
      id: 'req-1',
      headers: { authorization: 'Bearer eyJsecret' },
    }
    log.info({ req }, 'incoming request')
    const entry = JSON.parse(output()) as { req: Record<string, unknown> }
    assert.deepEqual(entry.req, {
      method: 'GET',
      url: '/api/v1/population/residents/************',
      requestId: 'req-1',
    })
  })

  it('honours the level', () => {
    const { log, output } = memoryLogger('info')
    log.debug('debug detail')
    log.info('info line')
    assert.ok(!output().includes('debug detail'))
    assert.match(output(), /info line/)
  })
})

describe('maskUrl', () => {
  it('hides a 12-digit personal number and a 9-digit old identity number', () => {
    assert.equal(
      maskUrl('/api/v1/population/residents/079190012345'),
      '/api/v1/population/residents/************',
    )
    assert.equal(
      maskUrl('/api/v1/population/residents/by-old-id/024123456/history'),
      '/api/v1/population/residents/by-old-id/*********/history',
    )
  })

  it('drops the query string, where search terms travel', () => {
    assert.equal(
      maskUrl('/api/v1/population/residents?q=Nguy%E1%BB%85n&asOf=2025-07-01'),
      '/api/v1/population/residents',
    )
  })

  it('keeps short codes, which identify places rather than people', () => {
    assert.equal(
      maskUrl('/api/v1/population/units/25993?asOf=2025-03-01'),
      '/api/v1/population/units/25993',
    )
  })
})
