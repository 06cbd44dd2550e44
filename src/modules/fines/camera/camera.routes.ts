import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { requirePrincipal } from '../../../platform/auth/access.js'
import type { Executor } from '../../../platform/db/database.js'
import { errorResponses as errors } from '../../../platform/http/errors.js'
import { BASE64_MAX_LENGTH } from '../evidence/images.js'
import {
  CameraBatchAnswer,
  CameraBatchBody,
  MAX_CAMERA_BATCH,
  MAX_CAMERA_IMAGES,
} from './camera.schemas.js'
import { ingestCameraViolations } from './camera.service.js'

// A full batch with every image at the limit: 50 × 4 × 7 MB would be 1.4 GB, so the body is
// capped lower; a camera with many large images sends smaller batches.
const BODY_LIMIT = Math.min(
  64 * 1024 * 1024,
  MAX_CAMERA_BATCH * MAX_CAMERA_IMAGES * BASE64_MAX_LENGTH,
)

/** Traffic camera systems post what they saw under /api/v1/fines. */
export const cameraRoutes =
  (db: Executor): FastifyPluginAsyncTypebox =>
  async (app) => {
    app.post(
      '/camera-violations',
      {
        bodyLimit: BODY_LIMIT,
        schema: {
          tags: ['fines'],
          summary:
            'Lô vi phạm do hệ thống camera giao thông gửi / A batch of violations from a traffic camera system',
          body: CameraBatchBody,
          response: { 200: CameraBatchAnswer, ...errors(400, 401, 403, 413) },
        },
        config: { access: 'fines.camera.post' },
      },
      async (request) =>
        ingestCameraViolations(
          db,
          { principal: requirePrincipal(request), ip: request.ip },
          request.body.violations,
        ),
    )
  }
