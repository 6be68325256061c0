/**
 * Whether a process of this machine is running, to tell what a killed process left
 * behind (a temporary live link, a snapshot set aside, a build marked running) from what
 * a running one is still writing.
 */
export function processRunning(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    // EPERM: it exists, and belongs to another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}
