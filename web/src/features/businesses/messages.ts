import { defineMessages } from '../../i18n/i18n'

// The businesses feature's messages: Vietnamese first, every key in English too.
const vi = {
  'sellers.title': 'Người bán đặc sản và du lịch đã xác thực',
  'sellers.intro':
    'Các hộ kinh doanh đặc sản, sản phẩm OCOP và dịch vụ du lịch của tỉnh, đã được xã, phường đăng ký và có chủ hộ dùng tài khoản định danh điện tử mức 2 (mô hình 22). Bấm vào tên để đến gian hàng của hộ.',
  'sellers.commune': 'Xã, phường',
  'sellers.all': 'Tất cả xã, phường',
  'sellers.none': 'Chưa có người bán đã xác thực.',
  'sellers.count': '{count} người bán',
}

export type SellersKey = keyof typeof vi

const en: Record<SellersKey, string> = {
  'sellers.title': 'Verified sellers of local specialties and tourism',
  'sellers.intro':
    "The province's household businesses of local specialties, OCOP products and tourism services, registered by their commune and owned by someone with an eID of level 2 (model 22). Follow a name to the shop.",
  'sellers.commune': 'Commune',
  'sellers.all': 'All communes',
  'sellers.none': 'No verified sellers yet.',
  'sellers.count': '{count} sellers',
}

export const sellersMessages = defineMessages('businesses', vi, en)
