import assert from 'node:assert/strict'
import { it } from 'node:test'
import { PURPOSES as PLATFORM } from '../../src/modules/audit/index.js'
import { PURPOSES as WEB } from '../../web/src/features/population/purposes.js'

it('offers officers exactly the purposes the platform accepts, with the same labels', () => {
  assert.deepEqual(
    WEB.map(({ code, vi, en }) => ({ code, vi, en })),
    PLATFORM.map(({ code, vi, en }) => ({ code, vi, en })),
  )
})
