import assert from 'node:assert/strict'
import { it } from 'node:test'
import { compileErrors, validate } from '@readme/openapi-parser'
import { useApp, describeOnEngines } from '../../../test/kit/index.js'

interface Document {
  paths: Record<string, Record<string, { parameters?: { name: string; in: string }[] }>>
}

// What @fastify/swagger prints as parameters when a route gives a bare schema where it expects
// an object's properties.
const SCHEMA_KEYWORDS = ['type', 'properties', 'additionalProperties', 'patternProperties']

describeOnEngines('the OpenAPI document', (db) => {
  const app = useApp(db)
  const document = async () =>
    (await app().inject({ method: 'GET', url: '/api/docs/json' })).json<Document>()

  it('is a valid OpenAPI document', async () => {
    const given = (await app().inject({ method: 'GET', url: '/api/docs/json' })).json<object>()
    const result = await validate(given as Parameters<typeof validate>[0])
    assert.ok(result.valid, result.valid ? '' : compileErrors(result))
  })

  it('names real parameters, never the keywords of a schema', async () => {
    const misnamed = Object.entries((await document()).paths).flatMap(([path, operations]) =>
      Object.entries(operations).flatMap(([method, operation]) =>
        (operation.parameters ?? [])
          .filter((p) => SCHEMA_KEYWORDS.includes(p.name))
          .map((p) => `${method.toUpperCase()} ${path} ${p.in} ${p.name}`),
      ),
    )
    assert.deepEqual(misnamed, [])
  })

  it('lists every declared error code, which the envelope names its code by', async () => {
    const { components } = (await app().inject({ method: 'GET', url: '/api/docs/json' })).json<{
      components: { schemas: Record<string, Record<string, unknown>> }
    }>()
    const { ErrorCode, ErrorEnvelope } = components.schemas
    const codes = ErrorCode!.enum as string[]
    for (const code of ['AUTH_REQUIRED', 'PLAN_MODEL_NOT_FOUND', 'STAY_IDEMPOTENCY_KEY_REUSED'])
      assert.ok(codes.includes(code), code)
    assert.deepEqual(codes, [...new Set(codes)].sort())
    const byModule = ErrorCode!['x-error-codes'] as Record<string, Record<string, number>>
    assert.equal(byModule.IDENTITY!.IDENTITY_TOO_MANY_ATTEMPTS, 429)
    assert.deepEqual(
      JSON.stringify(ErrorEnvelope).match(/"code":\{[^}]*\}/)?.[0],
      '"code":{"$ref":"#/components/schemas/ErrorCode"}',
    )
  })
})
