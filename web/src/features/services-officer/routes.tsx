import { createRoute } from '@tanstack/react-router'
import { page, rootRoute } from '../../app/routing'

const officer = { info: { area: 'officer' as const } }

/** The one-stop shop's console: the queue of the officer's units, and one dossier. */
export const servicesOfficerRoutes = [
  createRoute({
    getParentRoute: () => rootRoute,
    path: '/officer/services',
    component: page(() => import('./QueuePage')),
    staticData: {
      info: {
        area: 'officer',
        access: ['services.handle'],
        nav: { label: 'nav.officerServices', order: 8 },
        console: 15,
      },
    },
  }),
  createRoute({
    getParentRoute: () => rootRoute,
    path: '/officer/services/$code',
    component: page(() => import('./DossierPage')),
    staticData: officer,
  }),
]
