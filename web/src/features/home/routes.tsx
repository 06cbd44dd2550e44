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
  // The display preferences: the JSON-Schema form (@rjsf), in its own chunk.
  createRoute({
    getParentRoute: () => rootRoute,
    path: '/preferences',
    component: page(() => import('./PreferencesPage')),
    staticData: { info: { area: 'citizen' } },
  }),
]
