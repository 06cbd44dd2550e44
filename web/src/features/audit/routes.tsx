import { createRoute } from '@tanstack/react-router'
import { page, rootRoute } from '../../app/routing'

export const auditRoutes = [
  createRoute({
    getParentRoute: () => rootRoute,
    path: '/me/access-log',
    component: page(() => import('./AccessLogPage')),
    staticData: { info: { area: 'citizen', nav: { label: 'nav.accessLog', order: 12 } } },
  }),
]
