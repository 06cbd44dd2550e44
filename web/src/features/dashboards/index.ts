/** What other features use of the dashboards. */
export { DashboardsLink } from './DashboardsLink'
export { PROVINCE_CODE } from './filters'
