/** A person's pause between two actions: uniformly between half and one and a half times the mean. */
export function pause(meanMs: number): Promise<void> {
  const ms = meanMs * (0.5 + Math.random())
  return new Promise((resolve) => setTimeout(resolve, ms))
}
