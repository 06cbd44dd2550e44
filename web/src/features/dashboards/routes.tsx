import { createRoute } from '@tanstack/react-router'
import { page, rootRoute } from '../../app/routing'

const analysts = ['analytics.read']

export const dashboardsRoutes = [
  createRoute({
    getParentRoute: () => rootRoute,
    path: '/dashboards',
    component: page(() => import('./DashboardsPage')),
    staticData: {
      info: {
        area: 'officer',
        access: analysts,
        nav: { label: 'nav.dashboards', order: 30 },
        console: 30,
      },
    },
  }),
  createRoute({
    getParentRoute: () => rootRoute,
    path: '/dashboards/$dashboard',
    component: page(() => import('./DashboardPage')),
    staticData: { info: { area: 'officer', access: analysts } },
  }),
]
