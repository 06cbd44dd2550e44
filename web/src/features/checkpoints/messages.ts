import { defineMessages } from '../../i18n/i18n'
import { en } from './messages.en'
import { vi } from './messages.vi'

/** Checkpoints: the gate page, the operator's dashboard, the ticket check. */
export const checkpointsMessages = defineMessages('checkpoints', vi, en)
