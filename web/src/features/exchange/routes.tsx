import { createRoute } from '@tanstack/react-router'
import { page, rootRoute } from '../../app/routing'
import type { MessageKey } from '../../i18n/messages'

const route = (
  path: string,
  access: string[],
  nav: { label: MessageKey; order: number },
  component: Parameters<typeof page>[0],
) =>
  createRoute({
    getParentRoute: () => rootRoute,
    path,
    component: page(component),
    staticData: { info: { area: 'officer', access, nav } },
  })

/** The data exchange (model 25): members, services, catalogue, grants and the call log. */
export const exchangeRoutes = [
  route(
    '/officer/exchange/members',
    ['exchange.manage'],
    { label: 'nav.exchangeMembers', order: 25 },
    () => import('./MembersPage'),
  ),
  route(
    '/officer/exchange/services',
    ['exchange.read'],
    { label: 'nav.exchangeServices', order: 26 },
    () => import('./ServicesPage'),
  ),
  route(
    '/officer/exchange/catalogue',
    ['exchange.grants'],
    { label: 'nav.exchangeCatalogue', order: 27 },
    () => import('./CataloguePage'),
  ),
  route(
    '/officer/exchange/grants',
    ['exchange.read'],
    { label: 'nav.exchangeGrants', order: 28 },
    () => import('./GrantsPage'),
  ),
  route(
    '/officer/exchange/calls',
    ['exchange.read'],
    { label: 'nav.exchangeCalls', order: 29 },
    () => import('./CallsPage'),
  ),
]
