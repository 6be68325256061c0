/** What `npm run backup` and `npm run restore` tell an operator, in Chinese (docs/production.md, "Backup and restore"). */

export const backupMessages = {
  usageBackup: '用法：npm run backup -- <备份文件.tar.gz> [--with-secrets]',
  usageRestore: '用法：npm run restore -- <备份文件.tar.gz> [--data-dir <空的数据文件夹>]',
  noMongodump: (uri: string) =>
    `DATABASE_URI 指向 MongoDB（${redactUri(uri)}），但本机找不到 mongodump（MongoDB Database Tools）。请先安装 MongoDB Database Tools 再备份，或使用 MongoDB 自身的备份方式（如副本集快照）。`,
  noMongorestore:
    '这份备份的数据库是 MongoDB 导出（mongodump），但本机找不到 mongorestore（MongoDB Database Tools），也未设置指向 MongoDB 的 DATABASE_URI。请安装工具并设置 DATABASE_URI 后重试；未写入任何内容。',
  sqliteArchiveOnMongo:
    '这份备份的数据库是 SQLite，而 DATABASE_URI 指向 MongoDB：请去掉 DATABASE_URI 或设为 file:<路径> 后再恢复；未写入任何内容。',
  notEmpty: (dir: string) => `恢复目标 ${dir} 不是空的：只能恢复到空文件夹（或尚不存在的文件夹），以免覆盖现有数据。未写入任何内容。`,
  databaseExists: (file: string) => `数据库文件 ${file} 已存在：恢复不会覆盖现有数据库。未写入任何内容。`,
  notArchive: (file: string, detail: string) =>
    `备份文件 ${file} 无法解开：不是 gzip 压缩的 tar 归档，或已损坏、被截断（${detail}）。未写入任何内容。`,
  unsafeMember: (member: string) => `归档中含有普通文件和文件夹以外的内容（${member}），不是本系统写出的备份。`,
  damaged: (file: string, problems: string[]) =>
    `备份文件 ${file} 已损坏或不完整，未写入任何内容：\n${problems.map((problem) => `  - ${problem}`).join('\n')}`,
  noManifest: '缺少 manifest.json（备份清单）',
  badManifest: (detail: string) => `manifest.json 不是本系统的备份清单：${detail}`,
  missingFile: (file: string) => `${file}：清单中有，归档中缺少`,
  extraFile: (file: string) => `${file}：归档中有，清单中没有`,
  wrongSize: (file: string, expected: number, actual: number) => `${file}：大小不符（清单 ${expected} 字节，实际 ${actual} 字节）`,
  wrongHash: (file: string) => `${file}：内容与清单不符（SHA-256 不同）`,
  newerSchema: (archive: string, code: string) =>
    `备份来自更新的版本：其数据库迁移 ${archive} 比本程序最新的迁移 ${code} 新。请先升级程序再恢复；未写入任何内容。`,
  missingUploads: (files: string[]) =>
    `注意：数据库中记录的 ${files.length} 个上传文件在备份时已不在磁盘上（可能在备份过程中被删除）：${files.slice(0, 5).join('、')}${files.length > 5 ? '……' : ''}`,
  written: (file: string, files: number, bytes: number, seconds: number) =>
    `已写出备份 ${file}：${files} 个文件，${bytes} 字节，用时 ${seconds.toFixed(1)} 秒。`,
  withoutSecrets:
    '备份不含密钥（secrets.json、DATA_DIR/signing）：恢复后需设置相同的 PAYLOAD_SECRET 与网站签名密钥，或改用 --with-secrets 并妥善保管备份文件。',
  restored: (dataDir: string, database: string, siteLog: string | null, seconds: number) =>
    `已恢复到 ${dataDir}（数据库 ${database}${siteLog ? `，发布日志 ${siteLog}` : ''}），用时 ${seconds.toFixed(1)} 秒。启动后下一次构建将重新生成网站。`,
} as const

/** A MongoDB URI without its password, for messages and logs. */
export function redactUri(uri: string): string {
  return uri.replace(/\/\/([^:/@]+):[^@]*@/, '//$1:***@')
}
