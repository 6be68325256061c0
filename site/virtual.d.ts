// Provided by site/integrations/snapshot.ts at build time.
declare module 'virtual:gongbao/snapshot' {
  /** Absolute path of the snapshot folder chosen in astro.config.mjs (SNAPSHOT_DIR). */
  export const snapshotDir: string
}
