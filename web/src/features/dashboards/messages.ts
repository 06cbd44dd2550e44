import { defineMessages } from '../../i18n/i18n'

const vi = {
  'dashboards.title': 'Bảng điều khiển',
  'dashboards.intro':
    'Số liệu tổng hợp về dân số, lao động, công dân số, trật tự xã hội và du lịch trong địa bàn được giao, từ bản sao phân tích cập nhật liên tục. Không có thông tin cá nhân.',
  'dashboards.staffLink': 'Bảng điều khiển: dân số, lao động, công dân số, trật tự xã hội, du lịch',
  'dashboards.copy':
    'Bản sao phân tích dựng lúc {at} từ {residents} nhân khẩu, cập nhật liên tục sau đó.',
  'dashboards.preparing': 'Dữ liệu phân tích đang được chuẩn bị…',
  'dashboards.preparingRetry': 'Trang sẽ tự tải lại sau {seconds} giây.',
  'dashboards.retryNow': 'Thử lại ngay',
  'dashboards.back': 'Về danh sách bảng điều khiển',
  'dashboards.unknown': 'Không có bảng điều khiển này',
  'dashboards.print': 'In',
  'dashboards.scope.communes': '{count} xã, phường được giao',
  'dashboards.scope.asOf': 'tính đến ngày {date}',
  'dashboards.scope.period': 'từ {from} đến {to}',
  'dashboards.scope.structure': 'cơ cấu hành chính {structure}',
  'dashboards.scope.builtAt': 'Bản sao phân tích dựng lúc {at}.',
  'dashboards.filter.label': 'Lọc số liệu',
  'dashboards.filter.structure': 'Cơ cấu hành chính',
  'dashboards.filter.structure2025': '2025: xã, phường hiện nay',
  'dashboards.filter.structure2024': '2024: huyện cũ',
  'dashboards.filter.unit': 'Địa bàn',
  'dashboards.filter.wholeArea': 'Toàn bộ địa bàn được giao',
  'dashboards.filter.asOf': 'Tính đến ngày',
  'dashboards.filter.from': 'Từ ngày',
  'dashboards.filter.to': 'Đến ngày',
  'dashboards.filter.granularity': 'Gộp theo',
  'dashboards.filter.day': 'Ngày',
  'dashboards.filter.week': 'Tuần (từ thứ Hai)',
  'dashboards.filter.month': 'Tháng',
  'map.title': 'Bản đồ dân số',
  'map.colourBy': 'Tô màu theo',
  'map.population': 'Dân số',
  'map.density': 'Mật độ dân số (người/km²)',
  'map.communesInTable':
    'Các xã, phường hiện nay chưa có ranh giới trên bản đồ: số liệu từng xã, phường ở bảng theo đơn vị hành chính. Chọn cơ cấu 2024 để xem bản đồ theo huyện cũ.',
  'map.labelDistricts':
    'Bản đồ tỉnh theo huyện cũ, tô màu theo {measure}. Số liệu ở bảng số liệu ngay sau.',
  'map.labelProvince': 'Bản đồ ranh giới tỉnh.',
  'dashboards.calendar.previous': 'Tháng trước',
  'dashboards.calendar.next': 'Tháng sau',
}

const en: Record<keyof typeof vi, string> = {
  'dashboards.title': 'Dashboards',
  'dashboards.intro':
    'Aggregated figures on population, labour, digital citizens, public order and tourism in your area, from an analytical copy kept current. No personal data.',
  'dashboards.staffLink': 'Dashboards: population, labour, digital citizens, public order, tourism',
  'dashboards.copy':
    'Analytical copy built at {at} from {residents} residents, kept current since.',
  'dashboards.preparing': 'The analytical data is being prepared…',
  'dashboards.preparingRetry': 'The page will reload by itself in {seconds} seconds.',
  'dashboards.retryNow': 'Try now',
  'dashboards.back': 'Back to the dashboards',
  'dashboards.unknown': 'No such dashboard',
  'dashboards.print': 'Print',
  'dashboards.scope.communes': '{count} communes in your area',
  'dashboards.scope.asOf': 'as of {date}',
  'dashboards.scope.period': 'from {from} to {to}',
  'dashboards.scope.structure': '{structure} administrative structure',
  'dashboards.scope.builtAt': 'Analytical copy built at {at}.',
  'dashboards.filter.label': 'Filter the figures',
  'dashboards.filter.structure': 'Administrative structure',
  'dashboards.filter.structure2025': '2025: current communes',
  'dashboards.filter.structure2024': '2024: former districts',
  'dashboards.filter.unit': 'Area',
  'dashboards.filter.wholeArea': 'All of your area',
  'dashboards.filter.asOf': 'As of',
  'dashboards.filter.from': 'From',
  'dashboards.filter.to': 'To',
  'dashboards.filter.granularity': 'Group by',
  'dashboards.filter.day': 'Day',
  'dashboards.filter.week': 'Week (from Monday)',
  'dashboards.filter.month': 'Month',
  'map.title': 'Population map',
  'map.colourBy': 'Colour by',
  'map.population': 'Population',
  'map.density': 'Population density (people/km²)',
  'map.communesInTable':
    'The current communes have no boundaries on the map yet: each commune is in the table by administrative unit. Choose the 2024 structure for a map by former district.',
  'map.labelDistricts':
    'Map of the province by former district, coloured by {measure}. The figures are in the data table right after it.',
  'map.labelProvince': 'Map of the province boundary.',
  'dashboards.calendar.previous': 'Previous month',
  'dashboards.calendar.next': 'Next month',
}

/** The dashboards feature's messages: its own i18next namespace, Vietnamese first. */
export const dashboardsMessages = defineMessages('dashboards', vi, en)
export type DashboardsKey = keyof typeof vi
