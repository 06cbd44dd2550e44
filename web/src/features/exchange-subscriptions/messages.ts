import { defineMessages } from '../../i18n/i18n'
import { en } from './messages.en'
import { vi } from './messages.vi'

/** Webhook subscriptions' messages (a member's endpoints, dead letters, replay). */
export const subscriptionsMessages = defineMessages('exchangeSubscriptions', vi, en)
