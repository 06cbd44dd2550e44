import assert from 'node:assert/strict'
import type { Actor } from '../../../test/kit/index.js'
import type { App } from '../../platform/http/server.js'

/** What the exchange tests call over HTTP, as the administrator and members' officers would. */
export function exchangeClient(app: () => App) {
  const call = async (
    actor: Actor,
    method: 'GET' | 'POST',
    url: string,
    payload?: Record<string, unknown>,
  ) =>
    app().inject({
      method,
      url: `/api/v1/exchange${url}`,
      headers: { cookie: actor.cookie },
      ...(payload ? { payload } : {}),
    })

  const created = async (actor: Actor, url: string, payload: Record<string, unknown>) => {
    const response = await call(actor, 'POST', url, payload)
    assert.equal(response.statusCode, 201, response.body)
    return response.json<{ id: string; code: string }>()
  }

  return {
    call,
    member: (admin: Actor, code: string, type = 'agency') =>
      created(admin, '/members', {
        code,
        name: `Thành viên ${code}`,
        type,
        contacts: [{ name: 'Nguyễn Văn Đầu Mối', email: 'dau.moi@example.vn' }],
      }),
    service: (admin: Actor, body: Record<string, unknown>) =>
      created(admin, '/services', {
        name: 'Dịch vụ dữ liệu',
        description: 'Mô tả',
        openapi: { openapi: '3.1.0', info: { title: 'x', version: '1' }, paths: {} },
        attributes: [],
        purposes: [{ code: 'checking', name: 'Đối chiếu', legalBasis: 'Luật Căn cước 2023' }],
        rateLimitPerMinute: 60,
        ...body,
      }),
    /** Asks for a grant as the consumer's officer and has the provider's officer approve it. */
    async grant(
      consumer: Actor,
      provider: Actor,
      body: Record<string, unknown>,
      approval: Record<string, unknown> = {},
    ) {
      const asked = await created(consumer, '/grants', { attributes: [], ...body })
      const approved = await call(provider, 'POST', `/grants/${asked.id}/approve`, approval)
      assert.equal(approved.statusCode, 200, approved.body)
      return asked.id
    },
  }
}
