import { createRoute } from '@tanstack/react-router'
import { page, rootRoute } from '../../app/routing'

// Owners are residents like any other (the API decides what each may see); the navigation lists
// the establishment console for its staff, the police console for the police.
const citizen = { info: { area: 'citizen' as const } }

const establishment = (path: string, component: ReturnType<typeof page>) =>
  createRoute({ getParentRoute: () => rootRoute, path, component, staticData: citizen })

export const staysRoutes = [
  createRoute({
    getParentRoute: () => rootRoute,
    path: '/me/stays',
    component: page(() => import('./MyStaysPage')),
    staticData: citizen,
  }),
  createRoute({
    getParentRoute: () => rootRoute,
    path: '/establishment',
    component: page(() => import('./EstablishmentsPage')),
    staticData: {
      info: {
        area: 'citizen',
        access: ['stays.declare'],
        nav: { label: 'nav.establishment', order: 35 },
        console: 35,
      },
    },
  }),
  establishment(
    '/establishment/new',
    page(() => import('./NewEstablishmentPage')),
  ),
  establishment(
    '/establishment/$id',
    page(() => import('./CheckInPage')),
  ),
  establishment(
    '/establishment/$id/guests',
    page(() => import('./GuestsPage')),
  ),
  establishment(
    '/establishment/$id/register',
    page(() => import('./RegisterPage')),
  ),
  establishment(
    '/establishment/$id/trips',
    page(() => import('./TripsPage')),
  ),
  establishment(
    '/establishment/$id/trips/$tripId',
    page(() => import('./TripPage')),
  ),
  establishment(
    '/establishment/$id/rooming-list',
    page(() => import('./RoomingListPage')),
  ),
  establishment(
    '/establishment/$id/owner',
    page(() => import('./OwnerPage')),
  ),
  createRoute({
    getParentRoute: () => rootRoute,
    path: '/police/stays',
    component: page(() => import('./PoliceStaysPage')),
    staticData: {
      info: {
        area: 'officer',
        access: ['stays.police.read'],
        nav: { label: 'nav.police', order: 5 },
        console: 10,
      },
    },
  }),
]
