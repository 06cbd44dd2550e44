import { defineMessages } from '../../i18n/i18n'

// The opendata feature's messages: Vietnamese first, every key in English too.
const vi = {
  'openData.title': 'Dữ liệu mở của tỉnh',
  'openData.intro':
    'Các bảng số liệu tổng hợp theo xã, phường (mô hình 41), ai cũng xem và tải về được, không cần đăng nhập. Ô có quá ít người được để trống để không ai nhận ra được từng người.',
  'openData.threshold': 'Ô dưới {threshold} được để trống.',
  'openData.csvVi': 'Tải CSV (nhãn tiếng Việt)',
  'openData.csvEn': 'Tải CSV (nhãn tiếng Anh)',
  'openData.json': 'Xem dạng JSON',
  'openData.preview': 'Xem trước bảng',
  'openData.previewOf': '{shown} trên {rows} xã, phường, số liệu ngày {date}.',
  'openData.commune': 'Xã, phường',
  'openData.total': 'Tổng',
  'openData.withheld': 'ẩn',
}

export type OpenDataKey = keyof typeof vi

const en: Record<OpenDataKey, string> = {
  'openData.title': 'Open data of the province',
  'openData.intro':
    'Tables of figures by commune (model 41), for anyone to see and download, without signing in. Cells with too few people are left empty so that no one can be singled out.',
  'openData.threshold': 'Cells below {threshold} are left empty.',
  'openData.csvVi': 'Download CSV (Vietnamese labels)',
  'openData.csvEn': 'Download CSV (English labels)',
  'openData.json': 'View as JSON',
  'openData.preview': 'Preview the table',
  'openData.previewOf': '{shown} of {rows} communes, figures as of {date}.',
  'openData.commune': 'Commune',
  'openData.total': 'Total',
  'openData.withheld': 'withheld',
}

export const openDataMessages = defineMessages('opendata', vi, en)
