import { createRoute } from '@tanstack/react-router'
import { page, rootRoute } from '../../app/routing'

// Traffic fines (model 18): the resident's, for the vehicles they own, told in the app; the
// police's, a violation recorded on the roadside and the appeals of their communes.
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
  createRoute({
    getParentRoute: () => rootRoute,
    path: '/officer/fines/new',
    component: page(() => import('./NewViolationPage')),
    staticData: {
      info: {
        area: 'officer',
        access: ['fines.record'],
        nav: { label: 'nav.officerFines', order: 6 },
      },
    },
  }),
  createRoute({
    getParentRoute: () => rootRoute,
    path: '/officer/fines/appeals',
    component: page(() => import('./AppealsPage')),
    staticData: {
      info: {
        area: 'officer',
        access: ['fines.appeals.decide'],
        nav: { label: 'nav.officerFineAppeals', order: 7 },
      },
    },
  }),
  createRoute({
    getParentRoute: () => rootRoute,
    path: '/officer/fines/overdue',
    component: page(() => import('./OverduePage')),
    staticData: {
      info: {
        area: 'officer',
        access: ['fines.read'],
        nav: { label: 'nav.officerFinesOverdue', order: 7.5 },
      },
    },
  }),
]
