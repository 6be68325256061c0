import { withPayload } from '@payloadcms/next/withPayload'

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Use the root tsconfig (strict, with the @payload-config path) instead of letting
  // Next write a looser one under cms/.
  typescript: { tsconfigPath: '../tsconfig.json' },
  // The admin is a private tool: no telemetry headers, no powered-by banner.
  poweredByHeader: false,
  // The print engine drives Chromium and reads PDFs back; both run from node_modules.
  serverExternalPackages: ['playwright-core', 'pdfjs-dist'],
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
