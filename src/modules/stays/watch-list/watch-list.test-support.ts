const DAY_MS = 24 * 3_600_000

/** What every listing carries since issue 17: its case, legal basis and expiry (in `days`). */
export const grounds = (days = 30) => ({
  caseReference: 'VA-2026/117',
  legalBasis: 'Điều 117 Bộ luật Tố tụng hình sự 2015',
  expiresAt: new Date(Date.now() + days * DAY_MS).toISOString(),
})
