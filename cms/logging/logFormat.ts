/**
 * LOG_FORMAT=json: the CMS's log (Payload's logger: each site build, publication and
 * withdrawal, mail failures, errors) as one JSON object a line, for a log collector, with
 * `level` as a word, `time` in ISO 8601 and `msg`; builds and publications add fields that
 * name what happened (eventFields). Unset: Payload's readable, coloured lines, where the
 * message says it all.
 */
import type { Config } from 'payload'

export function jsonLogs(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.LOG_FORMAT === 'json'
}

/** The `logger` of the Payload config: undefined keeps Payload's own readable logger. */
export function payloadLogger(env: NodeJS.ProcessEnv = process.env): Config['logger'] {
  if (!jsonLogs(env)) return undefined
  return {
    options: {
      level: 'info',
      timestamp: () => `,"time":"${new Date().toISOString()}"`,
      formatters: { level: (label) => ({ level: label }) },
    },
  }
}

/** Fields naming an event (`event: 'site-build'`, its build and status…), written only to JSON logs. */
export function eventFields(fields: Record<string, unknown>, env: NodeJS.ProcessEnv = process.env): Record<string, unknown> {
  return jsonLogs(env) ? fields : {}
}
