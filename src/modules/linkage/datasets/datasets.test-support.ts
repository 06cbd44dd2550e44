import type { InjectOptions } from 'fastify'
import { within, type Actor } from '../../../../test/kit/index.js'
import type { App } from '../../../platform/http/server.js'
import type { DatasetView } from './datasets.schemas.js'

/** A request made with an actor's session. */
export const injectAs = (app: App, who: Actor, request: InjectOptions) =>
  app.inject({ ...request, headers: { ...request.headers, cookie: who.cookie } })

/** Uploads a file as a dataset. */
export const uploadAs = (
  app: App,
  who: Actor,
  content: Buffer,
  { fileName = 'danh-sach.csv', type = 'text/csv' }: { fileName?: string; type?: string } = {},
) =>
  injectAs(app, who, {
    method: 'POST',
    url: `/api/v1/linkage/datasets?name=${encodeURIComponent('Danh sách thử')}&fileName=${fileName}`,
    headers: { 'content-type': type },
    payload: content,
  })

/** The dataset once its import is over (imported or failed), polled through the API. */
export async function importOver(app: App, who: Actor, id: string): Promise<DatasetView> {
  const poll = async () => {
    for (;;) {
      const view = (
        await injectAs(app, who, { method: 'GET', url: `/api/v1/linkage/datasets/${id}` })
      ).json<DatasetView>()
      if (view.status === 'imported' || view.status === 'failed') return view
      await new Promise((resolve) => setTimeout(resolve, 50))
    }
  }
  return within(poll(), 30_000, 'import over')
}
