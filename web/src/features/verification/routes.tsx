import { createRoute } from '@tanstack/react-router'
import { page, rootRoute } from '../../app/routing'

const partnerStaff = ['verification.check'] as const
const partnerAdmin = ['verification.partners.manage'] as const

/**
 * A partner's staff: the identity check (phone first) and exam sessions; the officers who onboard
 * partners: their partners, staff and kiosks.
 */
export const verificationRoutes = [
  createRoute({
    getParentRoute: () => rootRoute,
    path: '/partner/checks',
    component: page(() => import('./CheckPage')),
    staticData: {
      info: {
        area: 'officer',
        access: partnerStaff,
        nav: { label: 'nav.partnerChecks', order: 20 },
        console: 20,
      },
    },
  }),
  createRoute({
    getParentRoute: () => rootRoute,
    path: '/partner/exams',
    component: page(() => import('./ExamsPage')),
    staticData: {
      info: {
        area: 'officer',
        access: partnerStaff,
        nav: { label: 'nav.partnerExams', order: 21 },
      },
    },
  }),
  createRoute({
    getParentRoute: () => rootRoute,
    path: '/partner/exams/$id',
    component: page(() => import('./ExamSessionPage')),
    staticData: { info: { area: 'officer', access: partnerStaff } },
  }),
  createRoute({
    getParentRoute: () => rootRoute,
    path: '/officer/partners',
    component: page(() => import('./PartnersPage')),
    staticData: {
      info: {
        area: 'officer',
        access: partnerAdmin,
        nav: { label: 'nav.partnerAdmin', order: 22 },
      },
    },
  }),
  createRoute({
    getParentRoute: () => rootRoute,
    path: '/officer/partners/$id',
    component: page(() => import('./PartnerPage')),
    staticData: { info: { area: 'officer', access: partnerAdmin } },
  }),
]
