import { createRoute } from '@tanstack/react-router'
import { page, rootRoute } from '../../app/routing'

// The catalogue and a service's page are open to all (filing asks to sign in); the receipt and
// my dossiers are the resident's; the look-up is public, behind the receipt's QR.
const citizen = { info: { area: 'citizen' as const } }
const kiosk = { info: { area: 'kiosk' as const } }

export const servicesRoutes = [
  createRoute({
    getParentRoute: () => rootRoute,
    path: '/services',
    component: page(() => import('./CataloguePage')),
    staticData: {
      info: { area: 'citizen', nav: { label: 'nav.services', order: 13, beforeSignIn: true } },
    },
  }),
  createRoute({
    getParentRoute: () => rootRoute,
    path: '/services/$code',
    component: page(() => import('./ServicePage')),
    staticData: citizen,
  }),
  createRoute({
    getParentRoute: () => rootRoute,
    path: '/services/dossiers/$code',
    component: page(() => import('./ReceiptPage')),
    staticData: citizen,
  }),
  createRoute({
    getParentRoute: () => rootRoute,
    path: '/services/lookup/$code',
    component: page(() => import('./LookupPage')),
    staticData: citizen,
  }),
  createRoute({
    getParentRoute: () => rootRoute,
    path: '/me/dossiers',
    component: page(() => import('./MyDossiersPage')),
    staticData: { info: { area: 'citizen', nav: { label: 'nav.myDossiers', order: 14 } } },
  }),
  createRoute({
    getParentRoute: () => rootRoute,
    path: '/kiosk/services',
    component: page(() => import('./KioskCataloguePage')),
    staticData: kiosk,
  }),
  createRoute({
    getParentRoute: () => rootRoute,
    path: '/kiosk/services/$code',
    component: page(() => import('./KioskServicePage')),
    staticData: kiosk,
  }),
]
