/**
 * A real SMTP server (the smtp-server library) on 127.0.0.1 and a free port, with
 * password authentication, that keeps every message it receives, parsed (mailparser).
 * Waiting for mail waits for the messages themselves, not for a clock.
 */
import { EventEmitter, once } from 'node:events'
import type { AddressInfo } from 'node:net'
import { simpleParser, type ParsedMail } from 'mailparser'
import { SMTPServer } from 'smtp-server'

export type ReceivedMail = { envelopeTo: string[]; subject: string; text: string; from: string; parsed: ParsedMail }

export type SmtpCatcher = {
  port: number
  received: ReceivedMail[]
  /** Waits until `count` messages matching `filter` have arrived. */
  waitFor: (filter: (mail: ReceivedMail) => boolean, count?: number, timeoutMs?: number) => Promise<ReceivedMail[]>
  /** Waits for the first message matching `filter`. */
  one: (filter: (mail: ReceivedMail) => boolean) => Promise<ReceivedMail>
  close: () => Promise<void>
}

export async function startSmtpCatcher(credentials: { user: string; password: string }): Promise<SmtpCatcher> {
  const received: ReceivedMail[] = []
  /** Says 'mail' each time a message has been kept. */
  const arrivals = new EventEmitter()
  const server = new SMTPServer({
    disabledCommands: ['STARTTLS'],
    allowInsecureAuth: true,
    logger: false,
    onAuth(auth, _session, callback) {
      if (auth.username === credentials.user && auth.password === credentials.password) return callback(null, { user: auth.username })
      return callback(new Error('Invalid username or password'))
    },
    onData(stream, session, callback) {
      simpleParser(stream)
        .then((parsed) => {
          received.push({
            envelopeTo: session.envelope.rcptTo.map((r) => r.address),
            subject: parsed.subject ?? '',
            text: parsed.text ?? (typeof parsed.html === 'string' ? parsed.html : ''),
            from: parsed.from?.text ?? '',
            parsed,
          })
          arrivals.emit('mail')
          callback()
        })
        .catch(callback)
    },
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const port = (server.server.address() as AddressInfo).port
  const waitFor: SmtpCatcher['waitFor'] = async (filter, count = 1, timeoutMs = 10_000) => {
    const deadline = AbortSignal.timeout(timeoutMs)
    for (;;) {
      const found = received.filter(filter)
      if (found.length >= count) return found
      try {
        await once(arrivals, 'mail', { signal: deadline })
      } catch {
        const late = received.filter(filter)
        if (late.length >= count) return late
        throw new Error(`only ${late.length} of ${count} mails arrived: ${JSON.stringify(received.map((m) => [m.envelopeTo, m.subject]))}`)
      }
    }
  }
  return {
    port,
    received,
    waitFor,
    one: async (filter) => (await waitFor(filter, 1))[0] as ReceivedMail,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}
