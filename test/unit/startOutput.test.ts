/**
 * What npm start tells the operator: durations in Chinese, addresses that can be typed
 * (IPv6 in brackets, loopback for a server on every address), and one closing summary
 * with the addresses and the sign-in (scripts/lib/).
 */
import { describe, expect, it } from 'vitest'

import { elapsed } from '../../scripts/lib/elapsed'
import { bareHost, httpOrigin, reachableHost } from '../../scripts/lib/httpAddress'
import { readyBanner } from '../../scripts/lib/readyBanner'

describe('elapsed', () => {
  it.each([
    [0, '0秒'],
    [4_400, '4秒'],
    [42_400, '42秒'],
    [60_000, '1分钟'],
    [185_000, '3分5秒'],
  ])('%d ms reads %s', (ms, text) => expect(elapsed(1_000, 1_000 + ms)).toBe(text))
})

describe('addresses', () => {
  it.each([
    ['127.0.0.1', 3000, 'http://127.0.0.1:3000'],
    ['::1', 3000, 'http://[::1]:3000'],
    ['[::1]', '3000', 'http://[::1]:3000'],
  ])('%s:%s is %s', (host, port, origin) => expect(httpOrigin(host, port)).toBe(origin))

  it('reaches a server on every address through loopback', () => {
    expect(reachableHost('0.0.0.0')).toBe('127.0.0.1')
    expect(reachableHost('::')).toBe('::1')
    expect(reachableHost('[::]')).toBe('::1')
    expect(reachableHost('192.168.1.20')).toBe('192.168.1.20')
    expect(bareHost('[::1]')).toBe('::1')
  })
})

describe('the closing summary', () => {
  const banner = readyBanner({
    gazetteName: '政府公报（示例）',
    took: '3 分 5 秒',
    siteUrl: 'http://127.0.0.1:4321/',
    adminUrl: 'http://127.0.0.1:3000/admin',
    signIn: ['管理员账号：admin@gongbao.local', '初始密码：abc（只显示这一次，首次登录后须修改）'],
  })

  it('gives both addresses and the sign-in, in that order, between two rules', () => {
    const lines = banner.split('\n').filter((line) => line !== '')
    expect(lines[0]).toMatch(/^─+$/)
    expect(lines.at(-1)).toMatch(/^─+$/)
    expect(lines.slice(1, -1)).toEqual([
      '政府公报（示例）已启动（用时 3 分 5 秒）',
      '  公报网站：http://127.0.0.1:4321/',
      '  管理后台：http://127.0.0.1:3000/admin',
      '  管理员账号：admin@gongbao.local',
      '  初始密码：abc（只显示这一次，首次登录后须修改）',
      '按 Ctrl+C 停止。',
    ])
  })

  it('says where the admin listens when it is reached through SERVER_URL', () => {
    const behindProxy = readyBanner({
      gazetteName: '政府公报',
      took: '1 秒',
      siteUrl: 'http://0.0.0.0:4321/',
      adminUrl: 'https://cms.example.gov.cn/admin',
      listening: '0.0.0.0:3000',
      signIn: [],
    })
    expect(behindProxy).toContain('管理后台：https://cms.example.gov.cn/admin（本机监听 0.0.0.0:3000）')
  })
})
