import assert from 'node:assert/strict'
import { it } from 'node:test'
import { apiTypesDrift } from './api-contract.js'

it("keeps the web app's API types generated from the server's current OpenAPI document", async () => {
  const drift = await apiTypesDrift()
  assert.equal(
    drift,
    null,
    `web/src/api/schema.d.ts is out of date (${drift}): run npm run api:types and commit it`,
  )
})
