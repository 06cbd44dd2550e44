import { defineMessages } from '../../i18n/i18n'

export const homeMessages = defineMessages(
  'home',
  {
    'preferences.title': 'Tuỳ chọn hiển thị',
    'preferences.intro':
      'Ngôn ngữ của ứng dụng và ngày đầu tuần trên lịch, lưu trên thiết bị này. Biểu mẫu này dựng từ một lược đồ JSON.',
    'preferences.language': 'Ngôn ngữ',
    'preferences.language.vi': 'Tiếng Việt',
    'preferences.language.en': 'Tiếng Anh (English)',
    'preferences.firstDay': 'Ngày đầu tuần trên lịch',
    'preferences.firstDay.monday': 'Thứ Hai',
    'preferences.firstDay.sunday': 'Chủ Nhật',
    'preferences.save': 'Lưu tuỳ chọn',
    'preferences.saved': 'Đã lưu tuỳ chọn.',
  },
  {
    'preferences.title': 'Display preferences',
    'preferences.intro':
      "The app's language and the first day of the week in calendars, kept on this device. This form is drawn from a JSON Schema.",
    'preferences.language': 'Language',
    'preferences.language.vi': 'Vietnamese (Tiếng Việt)',
    'preferences.language.en': 'English',
    'preferences.firstDay': 'First day of the week in calendars',
    'preferences.firstDay.monday': 'Monday',
    'preferences.firstDay.sunday': 'Sunday',
    'preferences.save': 'Save preferences',
    'preferences.saved': 'Preferences saved.',
  },
)
