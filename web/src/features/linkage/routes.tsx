import { createRoute } from '@tanstack/react-router'
import { page, rootRoute } from '../../app/routing'

// Cleaning agency data (model 35): an agency's officers upload their lists, preview them, map
// their columns and import them.
export const linkageRoutes = [
  createRoute({
    getParentRoute: () => rootRoute,
    path: '/officer/linkage',
    component: page(() => import('./DatasetsPage')),
    staticData: {
      info: {
        area: 'officer',
        access: ['linkage.datasets.read'],
        nav: { label: 'nav.officerLinkage', order: 8 },
      },
    },
  }),
  createRoute({
    getParentRoute: () => rootRoute,
    path: '/officer/linkage/$id',
    component: page(() => import('./DatasetPage')),
    staticData: { info: { area: 'officer' as const, access: ['linkage.datasets.read'] } },
  }),
]
