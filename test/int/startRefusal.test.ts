/**
 * A CMS reachable from a network must know its public address (SERVER_URL): otherwise
 * there is no origin to hold cookie-authenticated requests to. `npm start` and the Payload
 * config itself refuse, in Chinese, before anything is prepared or served. So does
 * `npm start` with an emblem file, a signing certificate or a site key that is not there, a list of
 * document kinds it cannot use (DOCUMENT_KINDS_FILE; the Payload config too), or a port that is taken.
 */
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'

const repoRoot = path.resolve(import.meta.dirname, '..', '..')
const tsx = path.join(repoRoot, 'node_modules', '.bin', 'tsx')
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'gongbao-start-refusal-'))

afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }))

/** Runs a tsx command in its own process group; a run past the deadline is stopped, group and all. */
function run(
  args: string[],
  env: Record<string, string>,
  deadlineMs = 60_000,
): Promise<{ code: number | null; output: string; timedOut: boolean }> {
  return new Promise((resolve) => {
    // Everything a start that went ahead would write stays in the temporary folder.
    const childEnv: NodeJS.ProcessEnv = {
      ...process.env,
      ...env,
      DATA_DIR: dataDir,
      SITE_ROOT: path.join(dataDir, 'site'),
      SNAPSHOT_DIR: path.join(dataDir, 'snapshot'),
      DIST_DIR: path.join(dataDir, 'dist'),
      SITE_BUILD_COMMAND: 'false',
    }
    for (const name of ['SERVER_URL', 'PORT', 'TRUST_PROXY', 'DATABASE_URI']) if (!(name in env)) delete childEnv[name]
    const child = spawn(tsx, args, { cwd: repoRoot, env: childEnv, detached: true })
    let output = ''
    child.stdout.on('data', (chunk) => (output += String(chunk)))
    child.stderr.on('data', (chunk) => (output += String(chunk)))
    let timedOut = false
    const timer = setTimeout(() => {
      timedOut = true
      if (child.pid) process.kill(-child.pid, 'SIGKILL')
    }, deadlineMs)
    child.on('exit', (code) => {
      clearTimeout(timer)
      resolve({ code, output, timedOut })
    })
  })
}

describe('a CMS listening on a network address without SERVER_URL', () => {
  it('is refused by npm start before it prepares anything', async () => {
    const { code, output, timedOut } = await run(['scripts/start.ts'], { HOST: '0.0.0.0' })
    expect(timedOut, output).toBe(false)
    expect(code, output).toBe(1)
    expect(output).toContain('管理后台将监听非本机地址 0.0.0.0')
    expect(output).toContain('必须设置 SERVER_URL')
    expect(fs.existsSync(path.join(dataDir, 'gongbao.db')), 'no database was prepared').toBe(false)
  })

  it('is refused by the Payload config, for a server started another way', async () => {
    const { code, output } = await run(
      ['--eval', "import('./cms/payload.config.ts').then(async (m) => { await m.default; console.log('CONFIG ACCEPTED') })"],
      { HOST: '192.168.1.20' },
    )
    expect(output).not.toContain('CONFIG ACCEPTED')
    expect(code, output).not.toBe(0)
    expect(output).toContain('必须设置 SERVER_URL')
  })
})

describe('npm start, before it prepares anything', () => {
  it('refuses a GAZETTE_EMBLEM that names no file', async () => {
    const { code, output } = await run(['scripts/start.ts'], { GAZETTE_EMBLEM: path.join(dataDir, 'no-such-emblem.svg') })
    expect(code, output).toBe(1)
    expect(output).toContain('GAZETTE_EMBLEM 指向的文件不存在')
    expect(fs.existsSync(path.join(dataDir, 'gongbao.db')), 'no database was prepared').toBe(false)
  })

  it('refuses a SIGNING_CERTIFICATE that names no file', async () => {
    const { code, output } = await run(['scripts/start.ts'], { SIGNING_CERTIFICATE: path.join(dataDir, 'no-such-certificate.p12') })
    expect(code, output).toBe(1)
    expect(output).toContain('SIGNING_CERTIFICATE 指向的文件不存在')
    expect(fs.existsSync(path.join(dataDir, 'gongbao.db')), 'no database was prepared').toBe(false)
  })

  it('refuses a SITE_SIGNING_KEY that is not an Ed25519 private key', async () => {
    const notAKey = path.join(dataDir, 'site-key.pem')
    fs.writeFileSync(notAKey, 'not a key')
    const { code, output } = await run(['scripts/start.ts'], { SITE_SIGNING_KEY: notAKey })
    expect(code, output).toBe(1)
    expect(output).toContain('SITE_SIGNING_KEY 指向的')
    expect(fs.existsSync(path.join(dataDir, 'gongbao.db')), 'no database was prepared').toBe(false)
  })

  it('refuses a DOCUMENT_KINDS_FILE with a bad entry, naming it in Chinese; so does the Payload config', async () => {
    const kinds = path.join(dataDir, 'kinds.json')
    fs.writeFileSync(
      kinds,
      JSON.stringify([
        { value: 'law', label: '法律' },
        { value: 'Local Regulation', label: '地方性法规' },
      ]),
    )
    const { code, output } = await run(['scripts/start.ts'], { DOCUMENT_KINDS_FILE: kinds })
    expect(code, output).toBe(1)
    expect(output).toContain(`文种配置文件 ${kinds} 第 2 项（"Local Regulation"）：“value”应为小写英文字母开头`)
    expect(fs.existsSync(path.join(dataDir, 'gongbao.db')), 'no database was prepared').toBe(false)
    const config = await run(
      ['--eval', "import('./cms/payload.config.ts').then(async (m) => { await m.default; console.log('CONFIG ACCEPTED') })"],
      { DOCUMENT_KINDS_FILE: kinds },
    )
    expect(config.output).not.toContain('CONFIG ACCEPTED')
    expect(config.output).toContain('第 2 项（"Local Regulation"）')
  })

  it('refuses a port another program holds, naming the setting that moves it', async () => {
    const holder = net.createServer()
    await new Promise<void>((listening) => holder.listen(0, '127.0.0.1', listening))
    const { port } = holder.address() as net.AddressInfo
    const { code, output } = await run(['scripts/start.ts'], { SITE_PORT: String(port) })
    holder.close()
    expect(code, output).toBe(1)
    expect(output).toContain(`端口 ${port}（公报网站）已被占用`)
    expect(output).toContain('SITE_PORT')
    expect(fs.existsSync(path.join(dataDir, 'gongbao.db')), 'no database was prepared').toBe(false)
  })
})
