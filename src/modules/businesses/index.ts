export {
  verifiedSellerClaim,
  type SellerBusiness,
  type VerifiedSellerClaim,
} from './sellers.service.js'
export { verifiedSellersKpi, type VerifiedSellersKpi } from './sellers.kpi.js'
export { businessesModule } from './businesses.module.js'
