import { createRoute } from '@tanstack/react-router'
import { page, rootRoute } from '../../app/routing'

export const homeRoutes = [
  createRoute({
    getParentRoute: () => rootRoute,
    path: '/',
    component: page(() => import('./HomePage')),
    staticData: { info: { area: 'citizen' } },
  }),
  // Where sign-in returns from the header: each person goes on to their own console, or /me.
  createRoute({
    getParentRoute: () => rootRoute,
    path: '/start',
    component: page(() => import('./LandingPage')),
    staticData: { info: { area: 'citizen' } },
  }),
]
