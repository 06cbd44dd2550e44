import { createRoute } from '@tanstack/react-router'
import { page, rootRoute } from '../../app/routing'

/** A member administrator's webhook subscriptions to the exchange's events. */
export const exchangeSubscriptionsRoutes = [
  createRoute({
    getParentRoute: () => rootRoute,
    path: '/officer/exchange/subscriptions',
    component: page(() => import('./SubscriptionsPage')),
    staticData: {
      info: {
        area: 'officer',
        access: ['exchange.grants'],
        nav: { label: 'nav.exchangeSubscriptions', order: 30 },
      },
    },
  }),
]
