import { snapshotDir } from 'virtual:gongbao/snapshot'

import { createSnapshotReader } from './snapshotReader'

// One reader for the whole build: each snapshot file is read and validated once.
export const snapshot = createSnapshotReader(snapshotDir)

export const { loadManifest, loadDocument, loadInterpretation } = snapshot
