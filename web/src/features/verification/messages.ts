import { defineMessages } from '../../i18n/i18n'
import { en } from './messages.en'
import { vi } from './messages.vi'

/** Identity checks at partners: the check page, exam sessions. */
export const verificationMessages = defineMessages('verification', vi, en)
