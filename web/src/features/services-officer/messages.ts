import { defineMessages, type I18n } from '../../i18n/i18n'
import type { MessageKey } from '../../i18n/messages'

import { en } from './messages.en'
import { vi } from './messages.vi'

/** The one-stop shop console's messages (queue, dossier, actions). */
export const officerMessages = defineMessages('servicesOfficer', vi, en)

/** A key of this feature's messages, or of the shell's behind them. */
export type OfficerKey = keyof typeof officerMessages.vi | MessageKey
export type OfficerI18n = I18n<keyof typeof officerMessages.vi>
