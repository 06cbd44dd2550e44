import { defineModule } from '../../platform/modules/module.js'
import { analyticsPermissions } from './analytics.permissions.js'
import { analyticsRoutes } from './analytics.routes.js'
import { Analytics, OUTBOX_POLL_MS } from './analytics.runtime.js'
import { openDataRoutes } from './open-data.routes.js'

/** Dashboards and open data over the analytical copy, which outbox events keep current. */
export const analyticsModule = defineModule<{ analytics: Analytics }>({
  name: 'analytics',
  access: analyticsPermissions,
  routes: ({ analytics }) => [
    { plugin: analyticsRoutes(analytics), prefix: '/api/v1/analytics' },
    { plugin: openDataRoutes(analytics), prefix: '/api/v1/analytics/open-data' },
  ],
  // The copy is built in the background when missing (the dashboards answer 503 until then),
  // and swapped when `npm run analytics:rebuild` renames a new one into place.
  start: async ({ analytics }) => {
    analytics.ensureBuilt()
    analytics.watch()
    return { stop: () => analytics.close() }
  },
  // Tourism figures within 5 s of a declaration.
  subscribers: ({ analytics }) => [
    {
      name: analytics.subscriber,
      handle: analytics.handleEvent,
      aroundBatch: analytics.aroundEventBatch,
      pollMs: OUTBOX_POLL_MS,
    },
  ],
})
