import { describe, expect, it } from 'vitest'

import { runConcurrently } from '../../core/runConcurrently'

/** A task that records how many tasks run at once, and settles when told to (or when stopped). */
function tracker() {
  let running = 0
  let most = 0
  const started: number[] = []
  const stopped: number[] = []
  const finishers = new Map<number, (value: number) => void>()
  const task = (id: number) => (signal: AbortSignal) =>
    new Promise<number>((resolve, reject) => {
      started.push(id)
      most = Math.max(most, ++running)
      const settle = () => running--
      finishers.set(id, (value) => (settle(), resolve(value)))
      signal.addEventListener('abort', () => (stopped.push(id), settle(), reject(new Error(`stopped ${id}`))), { once: true })
    })
  return { task, started, stopped, finish: (id: number) => finishers.get(id)?.(id * 10), most: () => most }
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 0))

describe('runConcurrently', () => {
  it.each([1, 2, 3, 10])('runs at most %i at a time and returns results in task order', async (limit) => {
    const { task, finish, most } = tracker()
    const run = runConcurrently([0, 1, 2, 3, 4].map(task), limit)
    // Finish the tasks newest first as they start, so results arrive out of order.
    for (let round = 0; round < 5; round++) {
      await tick()
      for (const id of [4, 3, 2, 1, 0]) finish(id)
    }
    expect(await run).toEqual([0, 10, 20, 30, 40])
    expect(most()).toBe(Math.min(limit, 5))
  })

  it('on a failure starts nothing more, stops the running tasks and throws the first failure', async () => {
    const { task, started, stopped } = tracker()
    const failing = () => Promise.reject(new Error('part 1 failed'))
    const run = runConcurrently([task(0), failing, task(2), task(3)], 2)
    await expect(run).rejects.toThrow('part 1 failed')
    expect(stopped).toEqual([0])
    expect(started).toEqual([0])
  })
})
