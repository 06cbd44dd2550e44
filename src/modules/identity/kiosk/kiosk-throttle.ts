import type { ThrottleRule } from '../../../platform/http/throttle.js'
import { clientKey } from '../sign-in/throttle.js'

// The kiosk's throttling policy (the counting is the platform's). A kiosk serves one person after
// another from one address, so its rule counts requests, not failures, and allows a busy morning;
// a person gets a few tries (a misread code, a slow phone), not a way to flood their own phone.

/** Sign-in requests and wrong codes from one kiosk's address. */
export const KIOSK_PER_IP: ThrottleRule = { limit: 30, windowSeconds: 600, blockSeconds: 300 }
/** Kiosk sign-ins started for one person, at any kiosk. */
export const KIOSK_PER_PERSON: ThrottleRule = { limit: 5, windowSeconds: 900, blockSeconds: 900 }

export const kioskIpKey = (ip: string): string => `kiosk-ip:${clientKey(ip)}`
export const kioskPersonKey = (personalNumber: string): string => `kiosk-person:${personalNumber}`
