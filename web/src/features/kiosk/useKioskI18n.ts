import { useI18n } from '../../i18n/i18n'
import { kioskMessages } from './messages'

/** The kiosk's messages, for the parts of the page that only need `t`. */
export const useT = () => useI18n(kioskMessages).t
