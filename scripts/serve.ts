/** npm run serve: serve the built gazette (DIST_DIR) on SITE_PORT (default 4321). */
import fs from 'node:fs'

import { pipelineSettings } from '../core/settings'
import { startStaticServer } from './lib/staticServer'

const { distDir } = pipelineSettings()
if (!fs.existsSync(distDir)) {
  console.error(`找不到已生成的网站 ${distDir}，请先运行 npm run build。`)
  process.exit(1)
}
const server = await startStaticServer(distDir, Number(process.env.SITE_PORT ?? 4321), process.env.HOST ?? '127.0.0.1')
console.log(`公报网站：${server.url}/`)
