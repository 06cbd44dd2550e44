import { defineMessages } from '../../i18n/i18n'
import { en } from './messages.en'
import { vi } from './messages.vi'

/** Identity checks at partners: the check page, exam sessions. */
export const verificationMessages = defineMessages('verification', vi, en)

/** The scan form's words on the partners' pages. */
export const scanLabels = (
  t: (key: 'check.code' | 'check.codeHint' | 'check.submit' | 'check.codeRequired') => string,
) => ({
  code: t('check.code'),
  hint: t('check.codeHint'),
  submit: t('check.submit'),
  required: t('check.codeRequired'),
})
