import { defineMessages } from '../../i18n/i18n'
import { en } from './messages.en'
import { vi } from './messages.vi'

/** Certified copies' messages (the resident's requests, the officer's book, verification). */
export const certificationMessages = defineMessages('certification', vi, en)
