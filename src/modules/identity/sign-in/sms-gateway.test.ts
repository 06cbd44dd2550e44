import assert from 'node:assert/strict'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import { after, before, it } from 'node:test'
import {
  enrol,
  pickResident,
  useApp,
  describeOnEngines,
  refusalOf,
  TODAY,
  assertRefusal,
} from '../../../../test/kit/index.js'
import { getResident, seedPopulation } from '../../population/index.js'

// A port of the range this project's tests may listen on; the gateway's behaviour is switched
// between answering, failing and never answering.
const GATEWAY_PORT = 3127
type Mode = 'answer' | 'fail' | 'hang'

function useGateway(): { mode: (m: Mode) => void; received: { to: string; body: string }[] } {
  let mode: Mode = 'answer'
  const received: { to: string; body: string }[] = []
  const hanging: ServerResponse[] = []
  let server: Server | undefined
  const handle = (request: IncomingMessage, response: ServerResponse) => {
    let text = ''
    request.on('data', (chunk: Buffer) => (text += chunk.toString()))
    request.on('end', () => {
      if (mode === 'hang') return void hanging.push(response)
      if (mode === 'fail') return void response.writeHead(502).end()
      received.push(JSON.parse(text) as { to: string; body: string })
      response.writeHead(200).end()
    })
  }
  before(async () => {
    server = createServer(handle)
    await new Promise<void>((resolve) => server!.listen(GATEWAY_PORT, '127.0.0.1', resolve))
  })
  after(async () => {
    for (const response of hanging) response.destroy()
    server?.closeAllConnections()
    await new Promise((resolve) => server?.close(resolve))
  })
  return { mode: (m) => (mode = m), received }
}

describeOnEngines('one-time codes through an SMS gateway', (db) => {
  const gateway = useGateway()
  const app = useApp(db, { SMS_WEBHOOK_URL: `http://127.0.0.1:${GATEWAY_PORT}/sms` })
  const reset = (personalNumber: string) =>
    app().inject({
      method: 'POST',
      url: '/api/v1/identity/password-resets',
      payload: { personalNumber, phone: '0912345678' },
    })

  before(async () => {
    await seedPopulation(db(), { scale: 1_000, seed: 16, today: TODAY })
  })

  it('holds no database connection while the gateway hangs, and spends no quota', async () => {
    gateway.mode('hang')
    const owners = []
    for (let i = 0; i < 6; i++) owners.push(await enrol(app(), db()))
    const started = Date.now()
    const resets = Promise.all(owners.map((owner) => reset(owner.personalNumber)))
    await new Promise((resolve) => setTimeout(resolve, 300))
    const probe = Date.now()
    await db().query('SELECT 1')
    assert.ok(Date.now() - probe < 500, 'a query gets a connection while the sends wait')
    const answers = await resolvedOrTimedOut(resets, 15_000)
    assert.ok(Date.now() - started < 15_000, 'the gateway call gives up after a few seconds')
    for (const answer of answers) {
      assert.equal(answer.statusCode, 503)
      assert.equal(refusalOf(answer).code, 'IDENTITY_SMS_UNAVAILABLE')
      assert.ok(Number(answer.headers['retry-after']) > 0)
    }

    gateway.mode('answer')
    const owner = owners[0]!
    for (let i = 0; i < 5; i++) assert.equal((await reset(owner.personalNumber)).statusCode, 202)
    assert.equal(gateway.received.length, 5, 'the failed sends left the hourly quota whole')
    assert.equal((await reset(owner.personalNumber)).statusCode, 429, 'five sent is the quota')
  })

  it('answers a failing gateway with a specific 503, and then delivers once it works', async () => {
    const { personalNumber } = await pickResident(db())
    const resident = await getResident(db().db, personalNumber)
    const details = {
      personalNumber,
      fullName: resident.fullName,
      birthDate: resident.birthDate,
      phone: '0987000111',
    }
    const register = () =>
      app().inject({ method: 'POST', url: '/api/v1/identity/registrations', payload: details })
    gateway.mode('fail')
    const refused = await register()
    const error = assertRefusal(refused, { status: 503, code: 'IDENTITY_SMS_UNAVAILABLE' })
    assert.match(error.message, /Không gửi được mã lúc này, vui lòng thử lại sau vài phút/)
    assert.match(error.message, /try again in a few minutes/)
    assert.ok(Number(refused.headers['retry-after']) > 0)

    gateway.mode('answer')
    const before = gateway.received.length
    assert.equal((await register()).statusCode, 202)
    const sent = gateway.received.slice(before)
    assert.equal(sent.length, 1)
    assert.equal(sent[0]!.to, '0987000111')
    assert.match(sent[0]!.body, /\d{6}/)
  })
})

async function resolvedOrTimedOut<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      reject(new Error(`still waiting after ${ms} ms`))
    }, ms)
  })
  try {
    return await Promise.race([work, timeout])
  } finally {
    clearTimeout(timer)
  }
}
