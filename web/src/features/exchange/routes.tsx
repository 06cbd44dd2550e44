import { createRoute } from '@tanstack/react-router'
import { page, rootRoute } from '../../app/routing'
import type { MessageKey } from '../../i18n/messages'

const route = (options: {
  path: string
  access: string[]
  nav: { label: MessageKey; order: number }
  load: Parameters<typeof page>[0]
}) =>
  createRoute({
    getParentRoute: () => rootRoute,
    path: options.path,
    component: page(options.load),
    staticData: { info: { area: 'officer', access: options.access, nav: options.nav } },
  })

/** The data exchange (model 25): members, services, catalogue, grants and the call log. */
export const exchangeRoutes = [
  route({
    path: '/officer/exchange/members',
    access: ['exchange.manage'],
    nav: { label: 'nav.exchangeMembers', order: 25 },
    load: () => import('./MembersPage'),
  }),
  route({
    path: '/officer/exchange/services',
    access: ['exchange.read'],
    nav: { label: 'nav.exchangeServices', order: 26 },
    load: () => import('./ServicesPage'),
  }),
  route({
    path: '/officer/exchange/catalogue',
    access: ['exchange.grants'],
    nav: { label: 'nav.exchangeCatalogue', order: 27 },
    load: () => import('./CataloguePage'),
  }),
  route({
    path: '/officer/exchange/grants',
    access: ['exchange.read'],
    nav: { label: 'nav.exchangeGrants', order: 28 },
    load: () => import('./GrantsPage'),
  }),
  route({
    path: '/officer/exchange/calls',
    access: ['exchange.read'],
    nav: { label: 'nav.exchangeCalls', order: 29 },
    load: () => import('./CallsPage'),
  }),
]
