import { defineMessages } from '../../i18n/i18n'
import { en } from './messages.en'
import { vi } from './messages.vi'

/** The data exchange's pages: members, services, catalogue, grants, call log. */
export const exchangeMessages = defineMessages('exchange', vi, en)
