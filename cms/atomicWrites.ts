/**
 * Atomic saves on SQLite. A save writes a document in several statements: its row, then
 * its array, block and relationship rows deleted and inserted again. Payload's SQLite
 * adapter runs them with transactions off, so a crash between two of them left, for
 * instance, a document without its attachments.
 *
 * Payload's own transactions (`transactionOptions`) are no cure here: libsql opens a new
 * connection for each transaction, while our hooks (the number allocator, build
 * requests, leases, review events) write on the main connection during the save. The two
 * connections then wait for each other's lock until SQLITE_BUSY.
 *
 * So each write of the adapter (one call of create, updateOne, updateVersion, …: one
 * document's rows) runs inside BEGIN IMMEDIATE … COMMIT on the one connection, and every
 * other statement of this process waits until it has ended (an in-process lock), so that
 * no statement of another request runs inside it, to be rolled back or committed with
 * it. Statements of the write itself pass: AsyncLocalStorage tells them apart. Hooks run
 * between adapter calls, outside these transactions, as before; another process waits
 * for the file lock (busy_timeout). No library offers this for Payload on libsql, hence
 * our own, kept to this file.
 */
import { AsyncLocalStorage } from 'node:async_hooks'

import type { DatabaseAdapterObj } from 'payload'

import { crashPoint } from '../core/crashPoint'

/** The adapter's writes of one document (or one set of documents), each made atomic. */
const writeMethods = [
  'create',
  'createGlobal',
  'createGlobalVersion',
  'createVersion',
  'deleteMany',
  'deleteOne',
  'deleteVersions',
  'updateGlobal',
  'updateGlobalVersion',
  'updateJobs',
  'updateMany',
  'updateOne',
  'updateVersion',
  'upsert',
] as const

type Statement = (...args: unknown[]) => Promise<unknown>
type LibsqlClient = { execute: Statement; batch: Statement; executeMultiple: Statement }
type Write = { open: boolean; method: string; collection: unknown; deleted: boolean }

const writes = new AsyncLocalStorage<Write>()

/** One holder at a time, in the order asked. */
function createLock(): () => Promise<() => void> {
  let tail: Promise<void> = Promise.resolve()
  return async () => {
    let release: () => void = () => {}
    const held = new Promise<void>((resolve) => {
      release = resolve
    })
    const previous = tail
    tail = previous.then(() => held)
    await previous
    return release
  }
}

/** A statement's text, whichever form libsql was given it in. */
function statementText(statement: unknown): string {
  if (typeof statement === 'string') return statement
  if (statement && typeof statement === 'object' && 'sql' in statement) return String(statement.sql)
  return ''
}

function makeClientAtomic(client: LibsqlClient): (write: Omit<Write, 'open' | 'deleted'>, run: () => Promise<unknown>) => Promise<unknown> {
  const acquire = createLock()
  const execute = client.execute.bind(client)

  const gate =
    (statement: Statement): Statement =>
    async (...args) => {
      const write = writes.getStore()
      if (write?.open) {
        const result = await statement(...args)
        if (/^\s*delete\b/i.test(statementText(args[0]))) afterDelete(write)
        return result
      }
      const release = await acquire()
      try {
        return await statement(...args)
      } finally {
        release()
      }
    }
  client.execute = gate(execute)
  client.batch = gate(client.batch.bind(client))
  client.executeMultiple = gate(client.executeMultiple.bind(client))

  return async (described, run) => {
    if (writes.getStore()?.open) return run()
    const release = await acquire()
    const write: Write = { ...described, open: true, deleted: false }
    try {
      return await writes.run(write, async () => {
        await execute('BEGIN IMMEDIATE')
        try {
          const result = await run()
          await execute('COMMIT')
          return result
        } catch (error) {
          // SQLite may have rolled back already (some errors end the transaction).
          await execute('ROLLBACK').catch(() => undefined)
          throw error
        }
      })
    } finally {
      // A promise begun inside and settled later must not pass the lock any more.
      write.open = false
      release()
    }
  }
}

/** The crash test's point: a document's update has deleted rows it has not written again yet. */
function afterDelete(write: Write): void {
  if (write.deleted) return
  write.deleted = true
  if (write.method === 'updateOne' && write.collection === 'documents') crashPoint('save:halfWritten')
}

type Adapter = Record<string, unknown> & { client?: LibsqlClient; connect?: (...args: unknown[]) => Promise<void> }

/** Wraps Payload's SQLite adapter so that each of its writes is one transaction. */
export function withAtomicWrites(base: DatabaseAdapterObj): DatabaseAdapterObj {
  return {
    ...base,
    init: (args) => {
      const adapter = base.init(args) as unknown as Adapter
      const connect = adapter.connect
      let atomically: ReturnType<typeof makeClientAtomic> | undefined
      adapter.connect = async function (this: Adapter, ...connectArgs: unknown[]) {
        await connect?.apply(this, connectArgs)
        if (!atomically && adapter.client) atomically = makeClientAtomic(adapter.client)
      }
      for (const method of writeMethods) {
        const original = adapter[method]
        if (typeof original !== 'function') throw new Error(`the database adapter has no ${method}`)
        adapter[method] = function (this: Adapter, ...methodArgs: unknown[]) {
          const run = () => (original as Statement).apply(this, methodArgs)
          if (!atomically) return run()
          const first = methodArgs[0]
          const collection = first && typeof first === 'object' && 'collection' in first ? first.collection : undefined
          return atomically({ method, collection }, run)
        }
      }
      return adapter as unknown as ReturnType<DatabaseAdapterObj['init']>
    },
  }
}
