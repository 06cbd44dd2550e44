import { defineMessages, type I18n } from '../../i18n/i18n'
import { en } from './messages.en'
import { vi } from './messages.vi'

/** The services feature's messages (catalogue, form, receipt, my dossiers, look-up, kiosk). */
export const servicesMessages = defineMessages('services', vi, en)

export type ServicesKey = keyof typeof vi
export type ServicesI18n = I18n<ServicesKey>
