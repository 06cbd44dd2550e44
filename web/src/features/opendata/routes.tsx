import { createRoute } from '@tanstack/react-router'
import { page, rootRoute } from '../../app/routing'

export const opendataRoutes = [
  createRoute({
    getParentRoute: () => rootRoute,
    path: '/open-data',
    component: page(() => import('./OpenDataPage')),
    staticData: { info: { area: 'citizen' } },
  }),
]
