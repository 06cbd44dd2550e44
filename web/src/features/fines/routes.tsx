import { createRoute } from '@tanstack/react-router'
import { page, rootRoute } from '../../app/routing'

// The resident's traffic fines (model 18): the vehicles they own, told in the app.
export const finesRoutes = [
  createRoute({
    getParentRoute: () => rootRoute,
    path: '/me/fines',
    component: page(() => import('./FinesPage')),
    staticData: { info: { area: 'citizen', nav: { label: 'nav.myFines', order: 16 } } },
  }),
  createRoute({
    getParentRoute: () => rootRoute,
    path: '/me/fines/$id',
    component: page(() => import('./FinePage')),
    staticData: { info: { area: 'citizen' as const } },
  }),
]
