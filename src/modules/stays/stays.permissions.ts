import { modulePermissions } from '../../platform/modules/permissions.js'

/** The police's part in accommodation declaration (models 9-12), within their jurisdiction. */
const POLICE_STAYS = [
  'stays.establishment.decide',
  'stays.police.read',
  'stays.watchlist.manage',
  'stays.declaration.read',
] as const

export const staysPermissions = modulePermissions({
  permissions: [
    'stays.establishment.decide',
    'stays.declare',
    'stays.police.read',
    'stays.watchlist.manage',
    /** Approves or refuses watch-listing requests, lists anyone, reviews the province's listings. */
    'stays.watchlist.approve',
    /** One declaration: the police of its place, or the establishment that declared it. */
    'stays.declaration.read',
  ],
  grants: {
    communePolice: POLICE_STAYS,
    provincialPolice: [...POLICE_STAYS, 'stays.watchlist.approve'],
    establishmentStaff: ['stays.declare', 'stays.declaration.read'],
  },
})
