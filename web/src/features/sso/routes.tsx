import { createRoute } from '@tanstack/react-router'
import { page, rootRoute } from '../../app/routing'

export const ssoRoutes = [
  createRoute({
    getParentRoute: () => rootRoute,
    path: '/me/consents',
    component: page(() => import('./ConsentsPage')),
    staticData: { info: { area: 'citizen' } },
  }),
  createRoute({
    getParentRoute: () => rootRoute,
    path: '/sso/interaction/$uid',
    component: page(() => import('./InteractionPage')),
    staticData: { info: { area: 'sso' } },
  }),
]
