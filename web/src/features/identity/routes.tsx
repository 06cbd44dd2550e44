import { createRoute } from '@tanstack/react-router'
import { page, rootRoute } from '../../app/routing'

const citizen = { info: { area: 'citizen' as const } }

export const identityRoutes = [
  createRoute({
    getParentRoute: () => rootRoute,
    path: '/sign-up',
    component: page(() => import('./SignUpPage')),
    staticData: citizen,
  }),
  createRoute({
    getParentRoute: () => rootRoute,
    path: '/forgot-password',
    component: page(() => import('./ForgotPasswordPage')),
    staticData: citizen,
  }),
  createRoute({
    getParentRoute: () => rootRoute,
    path: '/me',
    component: page(() => import('./MePage')),
    staticData: { info: { area: 'citizen', nav: { label: 'nav.myRecord', order: 10 } } },
  }),
  createRoute({
    getParentRoute: () => rootRoute,
    path: '/me/qr',
    component: page(() => import('./MyQrPage')),
    staticData: { info: { area: 'citizen', nav: { label: 'nav.myQr', order: 11 } } },
  }),
  createRoute({
    getParentRoute: () => rootRoute,
    path: '/me/security',
    component: page(() => import('./TotpSetupPage')),
    staticData: citizen,
  }),
  createRoute({
    getParentRoute: () => rootRoute,
    path: '/me/sessions',
    component: page(() => import('./SessionsPage')),
    staticData: citizen,
  }),
]
