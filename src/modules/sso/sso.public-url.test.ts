import assert from 'node:assert/strict'
import { before, it } from 'node:test'
import {
  PASSWORD,
  enrol,
  type Actor,
  useApp,
  describeOnEngines,
  TODAY,
} from '../../../test/kit/index.js'
import { seedPopulation } from '../population/index.js'

const PUBLIC_URL = 'https://cds.example.vn'
/** What any caller may send: the provider must not build its addresses from it. */
const FORGED = {
  host: 'evil.example',
  'x-forwarded-host': 'evil.example',
  'x-forwarded-proto': 'http',
}

describeOnEngines('the provider at its public address', (db) => {
  const app = useApp(db, { PUBLIC_URL })
  let resident: Actor

  before(async () => {
    await seedPopulation(db(), { scale: 1_000, seed: 28, today: TODAY })
    resident = await enrol(app(), db())
  })

  /** A browser whose every request carries `headers`, as a proxy or a forger would send them. */
  function browserSending(headers: Record<string, string>) {
    const jar = new Map<string, string>()
    /** Every cookie set along the way, with whether it was marked Secure. */
    const set: { name: string; secure: boolean }[] = []
    return {
      jar,
      set,
      async go(url: string, payload?: Record<string, unknown>) {
        const { pathname, search } = new URL(url, PUBLIC_URL)
        const cookie = [...jar].map(([name, value]) => `${name}=${value}`).join('; ')
        const response = await app().inject({
          method: payload ? 'POST' : 'GET',
          url: pathname + search,
          headers: { ...headers, ...(cookie ? { cookie } : {}) },
          ...(payload ? { payload } : {}),
        })
        for (const c of response.cookies as { name: string; value: string; secure?: boolean }[])
          if (c.value) {
            jar.set(c.name, c.value)
            set.push({ name: c.name, secure: c.secure ?? false })
          } else jar.delete(c.name)
        return response
      },
    }
  }

  /** The web app's sign-in, hop by hop; the addresses the platform gave on the way. */
  async function signIn(browser: ReturnType<typeof browserSending>) {
    const authorize = (await browser.go('/auth/login')).headers.location!
    const interaction = (await browser.go(authorize)).headers.location!
    const uid = /\/sso\/interaction\/([^/?]+)/.exec(interaction)?.[1]
    assert.ok(uid, interaction)
    const signedIn = await browser.go(`/sso/interaction/${uid}/login`, {
      personalNumber: resident.personalNumber,
      password: PASSWORD,
    })
    const { redirectTo } = signedIn.json<{ redirectTo: string }>()
    const callback = new URL((await browser.go(redirectTo)).headers.location!)
    const home = await browser.go(callback.href)
    assert.equal(home.headers.location, '/')
    assert.ok(browser.jar.has('cds_session'), 'signed in')
    return { authorize, redirectTo, callback }
  }

  it('publishes its endpoints at PUBLIC_URL whatever Host a caller sends', async () => {
    const response = await browserSending(FORGED).go('/oidc/.well-known/openid-configuration')
    assert.equal(response.statusCode, 200)
    const metadata = response.json<Record<string, unknown>>()
    assert.equal(metadata.issuer, `${PUBLIC_URL}/oidc`)
    const urls = Object.entries(metadata).filter(
      ([key, value]) => typeof value === 'string' && /_(endpoint|uri)$/.test(key),
    )
    assert.ok(urls.length >= 5)
    for (const [key, value] of urls) assert.ok(String(value).startsWith(`${PUBLIC_URL}/oidc/`), key)
  })

  it('keeps a sign-in with forged Host and X-Forwarded-* headers at PUBLIC_URL', async () => {
    const { authorize, redirectTo, callback } = await signIn(browserSending(FORGED))
    assert.ok(authorize.startsWith(`${PUBLIC_URL}/oidc/auth?`), authorize)
    assert.ok(redirectTo.startsWith(`${PUBLIC_URL}/oidc/auth/`), redirectTo)
    assert.equal(callback.origin + callback.pathname, `${PUBLIC_URL}/auth/callback`)
    assert.equal(callback.searchParams.get('iss'), `${PUBLIC_URL}/oidc`)
  })

  it('marks its cookies Secure under an https PUBLIC_URL, whatever the proxy says', async () => {
    const browser = browserSending({ host: new URL(PUBLIC_URL).host })
    await signIn(browser)
    const names = new Set(browser.set.map((c) => c.name))
    for (const name of ['cds_sso', 'cds_sso_interaction', 'cds_sso_resume', 'cds_session'])
      assert.ok(names.has(name), `${name} among ${[...names].join(', ')}`)
    for (const { name, secure } of browser.set) assert.ok(secure, `${name} is Secure`)
  })
})
