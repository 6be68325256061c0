/* Payload's REST API at /api/<collection>: access rules live in the collections. */
import config from '@payload-config'
import '@payloadcms/next/css'
import { REST_DELETE, REST_GET, REST_OPTIONS, REST_PATCH, REST_POST, REST_PUT } from '@payloadcms/next/routes'

import { refusingMalformedJson } from '../../../../api/malformedJsonParams'

export const GET = refusingMalformedJson(REST_GET(config))
export const POST = refusingMalformedJson(REST_POST(config))
export const DELETE = refusingMalformedJson(REST_DELETE(config))
export const PATCH = refusingMalformedJson(REST_PATCH(config))
export const PUT = refusingMalformedJson(REST_PUT(config))
export const OPTIONS = REST_OPTIONS(config)
