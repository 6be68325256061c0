/**
 * Links in e-mails point at the admin's own address: SERVER_URL, or the first of the
 * admin's origins (http://HOST:PORT on loopback; auth/adminOrigins.ts).
 */
import type { Payload } from 'payload'

export function adminOrigin(payload: Payload): string {
  const csrf = payload.config.csrf
  return (payload.config.serverURL || csrf[0] || 'http://localhost:3000').replace(/\/+$/, '')
}

export function itemAdminLink(payload: Payload, collection: string, id: number | string): string {
  return `${adminOrigin(payload)}${payload.config.routes.admin}/collections/${collection}/${encodeURIComponent(String(id))}`
}
