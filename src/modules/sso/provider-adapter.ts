import type { Adapter, AdapterPayload } from 'oidc-provider'
import type { Executor } from '../../platform/db/database.js'
import { findLiveClient } from './sso.clients.queries.js'
import {
  deletePayload,
  deletePayloadsExpiredBefore,
  deletePayloadsOfGrant,
  findUnexpiredPayload,
  markPayloadConsumed,
  upsertPayload,
  type PayloadKey,
} from './sso.payloads.queries.js'
import { SECRET_VERSION, type SsoSecrets } from './secrets.js'

const expiry = (expiresIn: number): Date => new Date(Date.now() + expiresIn * 1000)

/**
 * The provider's storage in the platform's database. Expired rows read as absent even before
 * they are purged, and a consumed code keeps its row so that a replay is recognised as one.
 */
class PayloadAdapter implements Adapter {
  constructor(
    private readonly db: Executor,
    private readonly model: string,
  ) {}

  async upsert(id: string, payload: AdapterPayload, expiresIn: number): Promise<void> {
    const row = {
      model: this.model,
      id,
      payload,
      grantId: payload.grantId ?? null,
      userCode: payload.userCode ?? null,
      uid: payload.uid ?? null,
      expiresAt: expiresIn ? expiry(expiresIn) : null,
    }
    await upsertPayload(this.db, row)
  }

  private async findBy(key: PayloadKey): Promise<AdapterPayload | undefined> {
    const row = await findUnexpiredPayload(this.db, this.model, key)
    if (!row) return undefined
    const payload = row.payload as AdapterPayload
    return row.consumedAt
      ? { ...payload, consumed: Math.floor(row.consumedAt.getTime() / 1000) }
      : payload
  }

  find(id: string) {
    return this.findBy({ id })
  }

  findByUid(uid: string) {
    return this.findBy({ uid })
  }

  findByUserCode(userCode: string) {
    return this.findBy({ userCode })
  }

  async consume(id: string): Promise<void> {
    await markPayloadConsumed(this.db, this.model, id, new Date())
  }

  async destroy(id: string): Promise<void> {
    await deletePayload(this.db, this.model, id)
  }

  /**
   * The provider calls this on each token kind's adapter in turn. Other state carries the grant id
   * too (the pending interaction of a person signing in over another's session) and must stay.
   */
  async revokeByGrantId(grantId: string): Promise<void> {
    await deletePayloadsOfGrant(this.db, this.model, grantId)
  }
}

/**
 * Clients come from the client registry: a disabled client is unknown to the provider, and its
 * secret is derived on the fly (it is never stored). Every token request needs its client, so
 * entries are kept for a few seconds; this instance forgets a client the moment the registry
 * changes it, other instances within `ttlMs`.
 */
export class ClientDirectory {
  private readonly cache = new Map<string, { payload: AdapterPayload | undefined; until: number }>()

  constructor(
    private readonly db: Executor,
    private readonly secrets: SsoSecrets,
    private readonly ttlMs = 5_000,
  ) {}

  forget(clientId: string): void {
    this.cache.delete(clientId)
  }

  async find(clientId: string): Promise<AdapterPayload | undefined> {
    const cached = this.cache.get(clientId)
    if (cached && cached.until > Date.now()) return cached.payload
    const payload = await this.load(clientId)
    if (this.cache.size > 10_000) this.cache.clear()
    this.cache.set(clientId, { payload, until: Date.now() + this.ttlMs })
    return payload
  }

  private async load(clientId: string): Promise<AdapterPayload | undefined> {
    const client = await findLiveClient(this.db, clientId)
    if (!client) return undefined
    const metadata = client.metadata as AdapterPayload
    const usesSecret = metadata.token_endpoint_auth_method === 'client_secret_basic'
    return {
      ...metadata,
      client_id: clientId,
      [SECRET_VERSION]: client.secretVersion,
      ...(usesSecret
        ? { client_secret: this.secrets.clientSecret(clientId, client.secretVersion) }
        : {}),
    }
  }
}

class ClientAdapter implements Adapter {
  constructor(private readonly directory: ClientDirectory) {}

  find(clientId: string) {
    return this.directory.find(clientId)
  }

  upsert(): Promise<void> {
    return Promise.reject(new Error('clients are registered through the client registry'))
  }
  findByUid = () => Promise.resolve(undefined)
  findByUserCode = () => Promise.resolve(undefined)
  consume = () => Promise.resolve()
  destroy = () => Promise.resolve()
  revokeByGrantId = () => Promise.resolve()
}

export function adapterFactory(db: Executor, directory: ClientDirectory) {
  return (model: string): Adapter =>
    model === 'Client' ? new ClientAdapter(directory) : new PayloadAdapter(db, model)
}

/**
 * Deletes the provider's expired state. Rows stay an hour past expiry so that a late replay of a
 * consumed code still meets its row and is refused as a replay.
 * @returns how many rows went
 */
export async function purgeExpiredSsoState(db: Executor, now = new Date()): Promise<number> {
  return deletePayloadsExpiredBefore(db, new Date(now.getTime() - 3_600_000))
}
