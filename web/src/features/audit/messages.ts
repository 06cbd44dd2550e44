import { defineMessages } from '../../i18n/i18n'

// The audit feature's messages: Vietnamese first, every key in English too.
const vi = {
  'log.title': 'Ai đã xem dữ liệu của tôi',
  'log.intro':
    'Mỗi lần cơ quan nhà nước hoặc hệ thống liên kết xem dữ liệu của bạn đều được ghi lại, kèm mục đích. Mới nhất ở trên cùng.',
  'log.listLabel': 'Các lần truy cập dữ liệu',
  'log.empty': 'Chưa có ai xem dữ liệu của bạn.',
  'log.who': 'Ai',
  'log.purpose': 'Mục đích',
  'log.via': 'Qua hệ thống',
  'log.noPurpose': 'Không ghi mục đích',
  'log.more': 'Xem thêm',
}

export type AuditKey = keyof typeof vi

const en: Record<AuditKey, string> = {
  'log.title': 'Who viewed my data',
  'log.intro':
    'Each time a public agency or a connected system views your data, it is recorded with its purpose. Newest first.',
  'log.listLabel': 'Accesses to your data',
  'log.empty': 'Nobody has viewed your data yet.',
  'log.who': 'Who',
  'log.purpose': 'Purpose',
  'log.via': 'Through the system',
  'log.noPurpose': 'No purpose recorded',
  'log.more': 'Show more',
}

export const auditMessages = defineMessages('audit', vi, en)
