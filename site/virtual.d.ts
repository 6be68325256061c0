// Provided by site/integrations/snapshot.ts at build time.
declare module 'virtual:gongbao/snapshot' {
  /** Absolute path of the snapshot folder chosen in astro.config.mjs (SNAPSHOT_DIR). */
  export const snapshotDir: string
}

// Provided by site/integrations/snapshotImages.ts at build time.
declare module 'virtual:gongbao/images' {
  /** The snapshot's raster images by public address (/files/…), for Astro's image pipeline. */
  export const snapshotImages: Record<string, import('astro').ImageMetadata>
}

// Provided by site/integrations/incremental/index.ts at build time.
declare module 'virtual:gongbao/render-plan' {
  /** The item pages an incremental build renders; null in a full build (render every page). */
  export const renderOnly: string[] | null
}
