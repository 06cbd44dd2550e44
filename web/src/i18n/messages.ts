import { en } from './messages.en'
import { vi } from './messages.vi'

export type Language = 'vi' | 'en'

// Vietnamese is the platform's language; every key must exist in English too (the type says so).
export type MessageKey = keyof typeof vi

export const MESSAGES: Record<Language, Record<MessageKey, string>> = { vi, en }
