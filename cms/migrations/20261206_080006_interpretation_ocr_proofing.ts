import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`interpretations\` ADD \`ocr_proofing\` text;`)
  await db.run(sql`ALTER TABLE \`_interpretations_v\` ADD \`version_ocr_proofing\` text;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`interpretations\` DROP COLUMN \`ocr_proofing\`;`)
  await db.run(sql`ALTER TABLE \`_interpretations_v\` DROP COLUMN \`version_ocr_proofing\`;`)
}
