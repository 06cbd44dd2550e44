import { createRoute } from '@tanstack/react-router'
import { page, rootRoute } from '../../app/routing'

// Owners are residents like any other (the API decides what each may see); the navigation lists
// the establishment console for its staff, the police console for the police.
const citizen = { info: { area: 'citizen' as const } }

const establishment = ({ path, component }: { path: string; component: ReturnType<typeof page> }) =>
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
  establishment({
    path: '/establishment/new',
    component: page(() => import('./NewEstablishmentPage')),
  }),
  establishment({ path: '/establishment/$id', component: page(() => import('./CheckInPage')) }),
  establishment({
    path: '/establishment/$id/guests',
    component: page(() => import('./GuestsPage')),
  }),
  establishment({
    path: '/establishment/$id/register',
    component: page(() => import('./RegisterPage')),
  }),
  establishment({ path: '/establishment/$id/trips', component: page(() => import('./TripsPage')) }),
  establishment({
    path: '/establishment/$id/trips/$tripId',
    component: page(() => import('./TripPage')),
  }),
  establishment({
    path: '/establishment/$id/rooming-list',
    component: page(() => import('./RoomingListPage')),
  }),
  establishment({ path: '/establishment/$id/owner', component: page(() => import('./OwnerPage')) }),
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
