import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE INDEX \`documents_texts_parent_idx\` ON \`documents_texts\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_documents_v_texts_parent_idx\` ON \`_documents_v_texts\` (\`parent_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`documents_texts_parent_idx\`;`)
  await db.run(sql`DROP INDEX \`_documents_v_texts_parent_idx\`;`)
}
