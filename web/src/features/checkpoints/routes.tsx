import { createRoute } from '@tanstack/react-router'
import { page, rootRoute } from '../../app/routing'

/**
 * Checkpoints (models 13-15, 19): the gate page of an operator's staff, the dashboard of their
 * sites (the police's: the sites of their communes), and a coach operator's ticket check.
 */
export const checkpointsRoutes = [
  createRoute({
    getParentRoute: () => rootRoute,
    path: '/operator/gate',
    component: page(() => import('./GatePage')),
    staticData: {
      info: {
        area: 'officer',
        access: ['checkpoints.gate.scan'],
        nav: { label: 'nav.checkpointGate', order: 24 },
        console: 24,
      },
    },
  }),
  createRoute({
    getParentRoute: () => rootRoute,
    path: '/operator/sites',
    component: page(() => import('./SitesPage')),
    staticData: {
      info: {
        area: 'officer',
        access: ['checkpoints.occupancy.read'],
        nav: { label: 'nav.checkpointSites', order: 25 },
      },
    },
  }),
  createRoute({
    getParentRoute: () => rootRoute,
    path: '/operator/trains',
    component: page(() => import('./TrainsPage')),
    staticData: {
      info: {
        area: 'officer',
        access: ['checkpoints.tickets.check'],
        nav: { label: 'nav.checkpointTrains', order: 25.5 },
      },
    },
  }),
  createRoute({
    getParentRoute: () => rootRoute,
    path: '/establishment/$id/boarding',
    component: page(() => import('./BoardingPage')),
    staticData: { info: { area: 'citizen' } },
  }),
]
