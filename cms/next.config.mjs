import { withPayload } from '@payloadcms/next/withPayload'

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Use the root tsconfig (strict, with the @payload-config path) instead of letting
  // Next write a looser one under cms/.
  // The build does not type-check: `npm test` does (tsc over the whole repository), and
  // on the operator's machine the check only made the first start slower (over a minute
  // on two cores). Next 16's build runs no linter.
  typescript: { tsconfigPath: '../tsconfig.json', ignoreBuildErrors: true },
  // The admin is a private tool: no telemetry headers, no powered-by banner.
  poweredByHeader: false,
  // Next hands the API at most this much of a request body once a proxy (cms/proxy.ts) is
  // configured, and silently cuts the rest (default 10 MB): an issue's scanned print PDF or
  // a zip of back issues is larger. The importer and uploads keep their own limits
  // (IMPORT_MAX_BYTES, core/uploads/uploadTypes.ts); this only keeps Next from truncating.
  experimental: { proxyClientMaxBodySize: '1gb' },
  // The print engine drives Chromium and reads PDFs back; both run from node_modules.
  serverExternalPackages: [
    'playwright-core',
    'pdfjs-dist',
    'node-forge',
    'pdf-lib',
    '@signpdf/signpdf',
    '@signpdf/placeholder-plain',
    '@signpdf/utils',
  ],
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
