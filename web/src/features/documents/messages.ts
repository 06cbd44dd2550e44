import { defineMessages } from '../../i18n/i18n'
import { en } from './messages.en'
import { vi } from './messages.vi'

/** The documents feature's messages (the vault, uploads, sharing, the shared page). */
export const documentsMessages = defineMessages('documents', vi, en)
