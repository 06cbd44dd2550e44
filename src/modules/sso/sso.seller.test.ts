import assert from 'node:assert/strict'
import { before, it } from 'node:test'
import * as oidc from 'openid-client'
import {
  describeOnEngines,
  enrol,
  TODAY,
  useListeningApp,
  type Actor,
} from '../../../test/kit/index.js'
import { provinceOfCommune, seedPopulation } from '../population/index.js'
import { relyingParties, type Registered } from './sso.test-support.js'

interface SellerClaim {
  verified: boolean
  businesses: { name: string; commune_code: string; commune_name: string; marketplace: boolean }[]
}

/**
 * Model 22: a marketplace is an ordinary web client of the SSO; with the `seller` scope it learns
 * whether the person signing in is a verified household seller of the province.
 */
describeOnEngines('the verified-seller claim for marketplaces (model 22)', (db) => {
  const served = useListeningApp(db)
  let admin: Actor
  let officer: Actor
  let seller: Actor
  let levelOne: Actor
  let nobody: Actor
  let marketplace: Registered
  const rp = relyingParties(served, () => admin)

  const registerBusiness = async (owner: Actor, registrationNumber: string) => {
    const response = await served().app.inject({
      method: 'POST',
      url: '/api/v1/businesses',
      headers: { cookie: officer.cookie },
      payload: {
        registrationNumber,
        name: `Hộ kinh doanh ${registrationNumber}`,
        ownerNumber: owner.personalNumber,
        communeCode: officer.communeCode,
        address: 'Ấp 2',
        tradeCode: 'ocop_product',
        shopUrl: 'https://dacsan.example.vn/shop/hat-dieu',
      },
    })
    assert.equal(response.statusCode, 201, response.body)
  }

  /** Signs the person in to the marketplace with these scopes and reads userinfo. */
  async function userinfoOf(who: Actor, scope: string) {
    const { config, tokens } = await rp.signIn(marketplace, who, { scope })
    const claims = tokens.claims()!
    return oidc.fetchUserInfo(config, tokens.access_token, claims.sub)
  }
  const sellerClaimOf = async (who: Actor, scope: string) =>
    (await userinfoOf(who, scope)).verified_seller as unknown as SellerClaim | undefined

  before(async () => {
    await seedPopulation(db(), { scale: 1_000, seed: 22, today: TODAY })
    officer = await enrol(served().app, db(), { role: 'communeOfficer' })
    const here = `commune_code = '${officer.communeCode}'`
    const province = await provinceOfCommune(db().db, officer.communeCode)
    admin = await enrol(served().app, db(), { role: 'administrator', unitCodes: [province] })
    seller = await enrol(served().app, db(), { where: here, level: 2 })
    levelOne = await enrol(served().app, db(), { where: here })
    nobody = await enrol(served().app, db(), { where: here, level: 2 })
    await registerBusiness(seller, '47A8100001')
    await registerBusiness(levelOne, '47A8100002')
    marketplace = await rp.register({ name: 'Sàn đặc sản Đồng Nai' })
  })

  it('tells the marketplace a level-2 owner of an active business is a verified seller', async () => {
    const userinfo = await userinfoOf(seller, 'openid profile seller')
    const claim = userinfo.verified_seller as unknown as SellerClaim
    assert.equal(claim.verified, true)
    assert.equal(claim.businesses.length, 1)
    assert.equal(claim.businesses[0]!.name, 'Hộ kinh doanh 47A8100001')
    assert.equal(claim.businesses[0]!.commune_code, officer.communeCode)
    assert.ok(claim.businesses[0]!.commune_name.length > 0)
    assert.equal(claim.businesses[0]!.marketplace, true)
    assert.equal(userinfo.eid_level, 2)
  })

  it('says not verified below eID level 2, or without a business', async () => {
    const below = await sellerClaimOf(levelOne, 'openid seller')
    assert.deepEqual(below, { verified: false, businesses: [] })
    const none = await sellerClaimOf(nobody, 'openid seller')
    assert.deepEqual(none, { verified: false, businesses: [] })
  })

  it('releases nothing of the register without the seller scope', async () => {
    const userinfo = await userinfoOf(seller, 'openid profile')
    assert.equal(userinfo.verified_seller, undefined)
  })

  it('announces the scope and its claim in discovery', async () => {
    const metadata = (await rp.discover(marketplace)).serverMetadata()
    assert.ok(metadata.scopes_supported?.includes('seller'))
    assert.ok(metadata.claims_supported?.includes('verified_seller'))
  })
})
