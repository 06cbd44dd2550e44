import { createRoute } from '@tanstack/react-router'
import { page, rootRoute } from '../../app/routing'

export const credentialsRoutes = [
  createRoute({
    getParentRoute: () => rootRoute,
    path: '/me/credentials',
    component: page(() => import('./MyCredentialsPage')),
    staticData: { info: { area: 'citizen', nav: { label: 'nav.myCredentials', order: 12 } } },
  }),
  createRoute({
    getParentRoute: () => rootRoute,
    path: '/credentials/verify',
    component: page(() => import('./VerifyCredentialPage')),
    staticData: { info: { area: 'citizen' } },
  }),
]
