import { createRoute } from '@tanstack/react-router'
import { page, rootRoute } from '../../app/routing'

/** The resident's certified copies, the commune officer's certification, public verification. */
export const certificationRoutes = [
  createRoute({
    getParentRoute: () => rootRoute,
    path: '/me/certifications',
    component: page(() => import('./MyCertificationsPage')),
    staticData: { info: { area: 'citizen', nav: { label: 'nav.myCertifications', order: 15 } } },
  }),
  createRoute({
    getParentRoute: () => rootRoute,
    path: '/officer/certifications',
    component: page(() => import('./OfficerCertificationsPage')),
    staticData: {
      info: {
        area: 'officer',
        access: ['documents.certify'],
        nav: { label: 'nav.officerCertifications', order: 9 },
        console: 16,
      },
    },
  }),
  createRoute({
    getParentRoute: () => rootRoute,
    path: '/verify/$code',
    component: page(() => import('./VerifyPage')),
    staticData: { info: { area: 'citizen' } },
  }),
  createRoute({
    getParentRoute: () => rootRoute,
    path: '/verify',
    component: page(() => import('./VerifyPage')),
    staticData: { info: { area: 'citizen' } },
  }),
]
