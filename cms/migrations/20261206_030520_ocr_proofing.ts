import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`documents\` ADD \`ocr_proofing\` text;`)
  await db.run(sql`ALTER TABLE \`_documents_v\` ADD \`version_ocr_proofing\` text;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`documents\` DROP COLUMN \`ocr_proofing\`;`)
  await db.run(sql`ALTER TABLE \`_documents_v\` DROP COLUMN \`version_ocr_proofing\`;`)
}
