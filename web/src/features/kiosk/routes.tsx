import { createRoute } from '@tanstack/react-router'
import { page, rootRoute } from '../../app/routing'

export const kioskRoutes = [
  createRoute({
    getParentRoute: () => rootRoute,
    path: '/kiosk',
    component: page(() => import('./KioskPage')),
    staticData: { info: { area: 'kiosk' } },
  }),
]
