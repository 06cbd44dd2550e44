import { defineMessages, type I18n } from '../../i18n/i18n'
import type { MessageKey } from '../../i18n/messages'

import { en } from './messages.en'
import { vi } from './messages.vi'

/** The stays feature's messages (establishments, declarations, police, rooming lists, my stays). */
export const staysMessages = defineMessages('stays', vi, en)

/** A key of this feature's messages, or of the shell's behind them. */
export type StaysKey = keyof typeof staysMessages.vi | MessageKey
/** `useI18n(staysMessages)`'s result. */
export type StaysI18n = I18n<keyof typeof staysMessages.vi>
