import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`documents\` ADD \`signatory\` text;`)
  await db.run(sql`ALTER TABLE \`documents\` ADD \`signatory_post\` text;`)
  await db.run(sql`ALTER TABLE \`_documents_v\` ADD \`version_signatory\` text;`)
  await db.run(sql`ALTER TABLE \`_documents_v\` ADD \`version_signatory_post\` text;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`documents\` DROP COLUMN \`signatory\`;`)
  await db.run(sql`ALTER TABLE \`documents\` DROP COLUMN \`signatory_post\`;`)
  await db.run(sql`ALTER TABLE \`_documents_v\` DROP COLUMN \`version_signatory\`;`)
  await db.run(sql`ALTER TABLE \`_documents_v\` DROP COLUMN \`version_signatory_post\`;`)
}
