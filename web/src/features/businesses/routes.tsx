import { createRoute } from '@tanstack/react-router'
import { page, rootRoute } from '../../app/routing'

export const businessesRoutes = [
  createRoute({
    getParentRoute: () => rootRoute,
    path: '/sellers',
    component: page(() => import('./SellersPage')),
    staticData: { info: { area: 'citizen' } },
  }),
]
