import type { Database } from '../../../platform/db/database.js'
import { AppError } from '../../../platform/http/errors.js'
import { provinceOfCommune } from '../../population/index.js'
import { deriveSsoSecrets, registerClient } from '../../sso/index.js'
import { findFirstVehicleCommune } from '../vehicles/vehicles.queries.js'

/** The demonstration traffic camera's SSO client id; its secret: `npm run sso -- clients:rotate`. */
export const DEMO_CAMERA_CLIENT_ID = 'demo-traffic-camera'

/**
 * A traffic camera system for `npm start`: an SSO machine client of role trafficCamera over the
 * sample population's province, so the camera API can be tried with client_credentials. Once.
 */
export async function ensureDemonstrationCamera(
  database: Database,
  options: { ssoSecret?: string | undefined },
): Promise<void> {
  const communeCode = await findFirstVehicleCommune(database.db)
  if (!communeCode) return
  const province = await provinceOfCommune(database.db, communeCode)
  try {
    await registerClient(
      { db: database.db, secrets: deriveSsoSecrets(options.ssoSecret), allowHttp: true },
      {
        clientId: DEMO_CAMERA_CLIENT_ID,
        name: 'Camera giao thông minh hoạ / demonstration traffic camera',
        kind: 'machine',
        authMethod: 'client_secret_basic',
        role: 'trafficCamera',
        unitCodes: [province],
        scopes: ['fines.camera.post'],
      },
    )
  } catch (error) {
    if (!(error instanceof AppError && error.code === 'SSO_CLIENT_EXISTS')) throw error
  }
}
