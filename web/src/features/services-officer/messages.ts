import { defineMessages, type I18n } from '../../i18n/i18n'

import { en } from './messages.en'
import { vi } from './messages.vi'

/** The one-stop shop console's messages (queue, dossier, actions). */
export const officerMessages = defineMessages('servicesOfficer', vi, en)

export type OfficerI18n = I18n<keyof typeof officerMessages.vi>
