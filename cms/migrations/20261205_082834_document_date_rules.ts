import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`documents\` ADD \`effective_date_reason\` text;`)
  await db.run(sql`ALTER TABLE \`documents\` ADD \`short_notice_ground\` text;`)
  await db.run(sql`ALTER TABLE \`_documents_v\` ADD \`version_effective_date_reason\` text;`)
  await db.run(sql`ALTER TABLE \`_documents_v\` ADD \`version_short_notice_ground\` text;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`documents\` DROP COLUMN \`effective_date_reason\`;`)
  await db.run(sql`ALTER TABLE \`documents\` DROP COLUMN \`short_notice_ground\`;`)
  await db.run(sql`ALTER TABLE \`_documents_v\` DROP COLUMN \`version_effective_date_reason\`;`)
  await db.run(sql`ALTER TABLE \`_documents_v\` DROP COLUMN \`version_short_notice_ground\`;`)
}
