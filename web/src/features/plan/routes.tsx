import { createRoute } from '@tanstack/react-router'
import { page, rootRoute } from '../../app/routing'

// Plan 106: the committee, the standing office and the agencies' reporters.
const leaders = ['plan.read']

export const planRoutes = [
  createRoute({
    getParentRoute: () => rootRoute,
    path: '/plan',
    component: page(() => import('./ScorecardPage')),
    staticData: {
      info: {
        area: 'officer',
        access: leaders,
        nav: { label: 'nav.plan', order: 20 },
        console: 20,
      },
    },
  }),
  createRoute({
    getParentRoute: () => rootRoute,
    path: '/plan/models/$no',
    component: page(() => import('./ModelPage')),
    staticData: { info: { area: 'officer', access: leaders } },
  }),
  createRoute({
    getParentRoute: () => rootRoute,
    path: '/plan/reports',
    component: page(() => import('./ReportPage')),
    staticData: { info: { area: 'officer', access: ['plan.report'] } },
  }),
]
