import { createRoute } from '@tanstack/react-router'
import { page, rootRoute } from '../../app/routing'

// The vault is the resident's; a shared document opens to whoever holds its link, signed in or not.
const citizen = { info: { area: 'citizen' as const } }

export const documentsRoutes = [
  createRoute({
    getParentRoute: () => rootRoute,
    path: '/me/documents',
    component: page(() => import('./VaultPage')),
    staticData: { info: { area: 'citizen', nav: { label: 'nav.myDocuments', order: 15 } } },
  }),
  createRoute({
    getParentRoute: () => rootRoute,
    path: '/me/documents/$id',
    component: page(() => import('./DocumentPage')),
    staticData: citizen,
  }),
  createRoute({
    getParentRoute: () => rootRoute,
    path: '/shared/$secret',
    component: page(() => import('./SharedPage')),
    staticData: citizen,
  }),
]
