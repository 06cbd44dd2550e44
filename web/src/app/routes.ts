import { lazy } from 'react'
import type { ComponentType } from 'react'

export type Area = 'citizen' | 'officer' | 'kiosk' | 'sso'

export interface PageProps {
  params: Record<string, string>
}

export interface RouteEntry {
  pattern: string
  area: Area
  page: ComponentType<PageProps>
}

// Each page is its own chunk: the citizen's first page loads only the shell and the home page.
const page = (load: () => Promise<{ default: ComponentType<PageProps> }>) => lazy(load)

export const ROUTES: RouteEntry[] = [
  { pattern: '/', area: 'citizen', page: page(() => import('../features/home/HomePage')) },
  {
    pattern: '/sign-up',
    area: 'citizen',
    page: page(() => import('../features/identity/SignUpPage')),
  },
  {
    pattern: '/forgot-password',
    area: 'citizen',
    page: page(() => import('../features/identity/ForgotPasswordPage')),
  },
  { pattern: '/me', area: 'citizen', page: page(() => import('../features/identity/MePage')) },
  { pattern: '/me/qr', area: 'citizen', page: page(() => import('../features/identity/MyQrPage')) },
  {
    pattern: '/me/access-log',
    area: 'citizen',
    page: page(() => import('../features/audit/AccessLogPage')),
  },
  {
    pattern: '/me/security',
    area: 'citizen',
    page: page(() => import('../features/identity/TotpSetupPage')),
  },
  {
    pattern: '/me/sessions',
    area: 'citizen',
    page: page(() => import('../features/identity/SessionsPage')),
  },
  {
    pattern: '/me/consents',
    area: 'citizen',
    page: page(() => import('../features/sso/ConsentsPage')),
  },
  {
    pattern: '/officer',
    area: 'officer',
    page: page(() => import('../features/population/OfficerSearchPage')),
  },
  {
    pattern: '/officer/residents/:number',
    area: 'officer',
    page: page(() => import('../features/population/ResidentPage')),
  },
  {
    pattern: '/officer/units',
    area: 'officer',
    page: page(() => import('../features/population/UnitsPage')),
  },
  { pattern: '/plan', area: 'officer', page: page(() => import('../features/plan/ScorecardPage')) },
  {
    pattern: '/plan/models/:no',
    area: 'officer',
    page: page(() => import('../features/plan/ModelPage')),
  },
  {
    pattern: '/plan/reports',
    area: 'officer',
    page: page(() => import('../features/plan/ReportPage')),
  },
  {
    pattern: '/dashboards',
    area: 'officer',
    page: page(() => import('../features/dashboards/DashboardsPage')),
  },
  {
    pattern: '/dashboards/:dashboard',
    area: 'officer',
    page: page(() => import('../features/dashboards/DashboardPage')),
  },
  {
    pattern: '/me/stays',
    area: 'citizen',
    page: page(() => import('../features/stays/MyStaysPage')),
  },
  {
    pattern: '/establishment',
    area: 'citizen',
    page: page(() => import('../features/stays/EstablishmentsPage')),
  },
  {
    pattern: '/establishment/new',
    area: 'citizen',
    page: page(() => import('../features/stays/NewEstablishmentPage')),
  },
  {
    pattern: '/establishment/:id',
    area: 'citizen',
    page: page(() => import('../features/stays/CheckInPage')),
  },
  {
    pattern: '/establishment/:id/guests',
    area: 'citizen',
    page: page(() => import('../features/stays/GuestsPage')),
  },
  {
    pattern: '/establishment/:id/register',
    area: 'citizen',
    page: page(() => import('../features/stays/RegisterPage')),
  },
  {
    pattern: '/establishment/:id/trips',
    area: 'citizen',
    page: page(() => import('../features/stays/TripsPage')),
  },
  {
    pattern: '/establishment/:id/trips/:tripId',
    area: 'citizen',
    page: page(() => import('../features/stays/TripPage')),
  },
  {
    pattern: '/establishment/:id/rooming-list',
    area: 'citizen',
    page: page(() => import('../features/stays/RoomingListPage')),
  },
  {
    pattern: '/establishment/:id/owner',
    area: 'citizen',
    page: page(() => import('../features/stays/OwnerPage')),
  },
  {
    pattern: '/police/stays',
    area: 'officer',
    page: page(() => import('../features/stays/PoliceStaysPage')),
  },
  {
    pattern: '/open-data',
    area: 'citizen',
    page: page(() => import('../features/opendata/OpenDataPage')),
  },
  { pattern: '/kiosk', area: 'kiosk', page: page(() => import('../features/kiosk/KioskPage')) },
  {
    pattern: '/sso/interaction/:uid',
    area: 'sso',
    page: page(() => import('../features/sso/InteractionPage')),
  },
]
