import { createRoute } from '@tanstack/react-router'
import { page, rootRoute } from '../../app/routing'

// Officers who read the registry: commune and department officers, and the police.
const officers = ['population.resident.search', 'population.resident.read']

export const populationRoutes = [
  createRoute({
    getParentRoute: () => rootRoute,
    path: '/officer',
    component: page(() => import('./OfficerSearchPage')),
    staticData: {
      info: {
        area: 'officer',
        access: officers,
        nav: { label: 'nav.officerSearch', order: 40, beforeSignIn: true },
        console: 40,
      },
    },
  }),
  createRoute({
    getParentRoute: () => rootRoute,
    path: '/officer/residents/$number',
    component: page(() => import('./ResidentPage')),
    staticData: { info: { area: 'officer', access: officers } },
  }),
  createRoute({
    getParentRoute: () => rootRoute,
    path: '/officer/units',
    component: page(() => import('./UnitsPage')),
    staticData: {
      info: {
        area: 'officer',
        access: officers,
        nav: { label: 'nav.units', order: 41, beforeSignIn: true },
      },
    },
  }),
]
