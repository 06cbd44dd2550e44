import assert from 'node:assert/strict'
import { before, it } from 'node:test'
import { seedPopulation } from '../src/modules/population/index.js'
import { enrol, PASSWORD, type Actor, useApp, describeOnEngines, TODAY } from './kit/index.js'

/** People read places, actions, devices and people by name; codes only beside them (issue 16). */
describeOnEngines('names, never codes, where a person reads', (db) => {
  const app = useApp(db)
  let resident: Actor
  let officer: Actor
  const get = async <T>(url: string, actor: Actor): Promise<T> => {
    const res = await app().inject({ method: 'GET', url, headers: { cookie: actor.cookie } })
    assert.equal(res.statusCode, 200, res.body)
    return res.json<T>()
  }
  const communeName = async (code: string): Promise<string> =>
    (await get<{ name: string }>(`/api/v1/population/units/${code}`, resident)).name

  before(async () => {
    await seedPopulation(db(), { scale: 1_000, seed: 5, today: TODAY })
    resident = await enrol(app(), db())
    officer = await enrol(app(), db(), { role: 'provincialPolice', unitCodes: ['75'] })
  })

  it('names the commune and province of birth of a resident, their household and search', async () => {
    const purpose = '?purpose=residence_management'
    const base = `/api/v1/population/residents/${resident.personalNumber}`
    const record = await get<{ communeName: string; birthProvinceName: string }>(
      base + purpose,
      officer,
    )
    const commune = await communeName(resident.communeCode)
    assert.match(commune, /^(Xã|Phường) /)
    assert.equal(record.communeName, commune)
    assert.match(record.birthProvinceName, /^(Tỉnh|Thành phố) /)
    const household = await get<{
      household: { communeName: string }
      members: { communeName: string }[]
    }>(`${base}/household${purpose}`, officer)
    assert.equal(household.household.communeName, commune)
    assert.ok(household.members.every((m) => m.communeName === commune))
    const found = await get<{ residents: { communeName: string | null }[] }>(
      `/api/v1/population/residents${purpose}&unit=${resident.communeCode}&limit=5`,
      officer,
    )
    assert.ok(found.residents.length > 0)
    assert.ok(found.residents.every((r) => r.communeName === commune))
  })

  it('names the commune of each movement, and the other province when there is one', async () => {
    const [row] = await db().query<{ personal_number: string }>(
      `SELECT personal_number FROM residents r WHERE EXISTS (SELECT 1 FROM movements m
          WHERE m.personal_number = r.personal_number AND m.other_province_code IS NOT NULL)
        ORDER BY personal_number LIMIT 1`,
    )
    assert.ok(row, 'the sample has a move from another province')
    const { movements } = await get<{
      movements: {
        communeName: string | null
        otherProvinceCode: string | null
        otherProvinceName: string | null
      }[]
    }>(
      `/api/v1/population/residents/${row.personal_number}/movements?purpose=residence_management`,
      officer,
    )
    assert.ok(movements.length > 0)
    for (const m of movements) {
      assert.match(m.communeName ?? '', /^(Xã|Phường|Đặc khu) /)
      if (m.otherProvinceCode) assert.match(m.otherProvinceName ?? '', /^(Tỉnh|Thành phố) /)
    }
  })

  it('tells the resident which place acted on their data, by name', async () => {
    const subject = await enrol(app(), db())
    const raised = await app().inject({
      method: 'POST',
      url: `/api/v1/identity/accounts/${subject.personalNumber}/level2`,
      headers: { cookie: officer.cookie },
    })
    assert.equal(raised.statusCode, 200, raised.body)
    const { entries } = await get<{
      entries: { action: string; actorUnitCode: string | null; actorUnitName: string | null }[]
    }>('/api/v1/me/access-log', subject)
    const raise = entries.find((e) => e.action === 'identity.account.raiseLevel')
    assert.ok(raise)
    assert.equal(raise.actorUnitCode, subject.communeCode)
    assert.equal(raise.actorUnitName, await communeName(subject.communeCode))
  })

  it('names each signed-in device by its browser and system, not the raw header', async () => {
    const signIn = await app().inject({
      method: 'POST',
      url: '/api/v1/identity/sessions',
      headers: {
        'user-agent':
          'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1',
      },
      payload: { personalNumber: resident.personalNumber, password: PASSWORD },
    })
    assert.equal(signIn.statusCode, 200, signIn.body)
    const sessions = await get<{ device: { browser: string | null; os: string | null } }[]>(
      '/api/v1/me/sessions',
      resident,
    )
    assert.ok(sessions.some((s) => s.device.browser === 'Safari' && s.device.os === 'iOS'))
    assert.ok(
      sessions.some((s) => s.device.browser === null),
      'a header naming nothing stays unnamed',
    )
  })

  it("names a listed citizen and the responsible unit on the police's watch list", async () => {
    const [listed] = await db().query<{ full_name: string }>(
      'SELECT full_name FROM residents WHERE personal_number = $1',
      [resident.personalNumber],
    )
    const added = await app().inject({
      method: 'POST',
      url: '/api/v1/stays/police/watch-list',
      headers: { cookie: officer.cookie },
      payload: {
        person: { personalNumber: resident.personalNumber },
        reason: 'truy nã',
        responsibleUnitCode: resident.communeCode,
        caseReference: 'VA-2026/12',
        legalBasis: 'Điều 117 Bộ luật Tố tụng hình sự 2015',
        expiresAt: new Date(Date.now() + 30 * 86_400_000).toISOString(),
      },
    })
    assert.equal(added.statusCode, 201, added.body)
    const { entries } = await get<{
      entries: { person: { fullName: string | null }; responsibleUnitName: string | null }[]
    }>('/api/v1/stays/police/watch-list', officer)
    assert.equal(entries[0]?.person.fullName, listed?.full_name)
    assert.equal(entries[0]?.responsibleUnitName, await communeName(resident.communeCode))
  })

  it('shows the police who decide the commune by name and who registered the place', async () => {
    const owner = await enrol(app(), db())
    const raised = await app().inject({
      method: 'POST',
      url: `/api/v1/identity/accounts/${owner.personalNumber}/level2`,
      headers: { cookie: officer.cookie },
    })
    assert.equal(raised.statusCode, 200, raised.body)
    const [type] = await get<{ code: string }[]>('/api/v1/stays/establishment-types', owner)
    const registered = await app().inject({
      method: 'POST',
      url: '/api/v1/stays/establishments',
      headers: { cookie: owner.cookie, 'idempotency-key': 'names-test-establishment-1' },
      payload: {
        name: 'Nhà nghỉ Hoa Sen',
        typeCode: type!.code,
        address: '12 đường Số 3',
        communeCode: owner.communeCode,
        capacity: 8,
      },
    })
    assert.equal(registered.statusCode, 201, registered.body)
    const [row] = await db().query<{ full_name: string }>(
      'SELECT full_name FROM residents WHERE personal_number = $1',
      [owner.personalNumber],
    )
    const pending = await get<
      { name: string; communeName: string | null; owner: { fullName: string | null } }[]
    >('/api/v1/stays/establishments?status=pending', officer)
    const shown = pending.find((e) => e.name === 'Nhà nghỉ Hoa Sen')
    assert.ok(shown && row)
    assert.equal(shown.communeName, await communeName(owner.communeCode))
    assert.equal(shown.owner.fullName, row.full_name)
    const { entries } = await get<{ entries: { action: string }[] }>('/api/v1/me/access-log', owner)
    assert.ok(
      entries.some((e) => e.action === 'stays.owner.read'),
      'the owner sees the police read their name',
    )
  })
})
