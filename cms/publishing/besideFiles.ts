/**
 * The files a build keeps beside its folder, never inside it (they are not part of the
 * public site): its state for the next incremental build, its timings, and the hashes its
 * publication log step computed. They are moved, replaced and deleted with the build.
 */
import { stateFile } from '../../core/build/buildStateFile'
import { timingsFile } from '../../core/build/buildTimings'
import { hashesFile } from '../verify/hashCache'

export const besideFiles: ReadonlyArray<(distDir: string) => string> = [stateFile, timingsFile, hashesFile]
