/** npm run build: migrate, seed when empty, then export, build and verify the site as the publishing pipeline does (scripts/lib/buildGazette.ts). */
import { buildGazette } from './lib/buildGazette'

const started = Date.now()
buildGazette()
  .then((t) => {
    console.log(
      `完成，用时 ${((Date.now() - started) / 1000).toFixed(1)} 秒（准备 ${t.prepare} ms，导出 ${t.export} ms，网站与索引 ${t.site} ms，检查 ${t.verify} ms）。`,
    )
    process.exit(0)
  })
  .catch((error: unknown) => {
    console.error('构建失败：', error)
    process.exit(1)
  })
