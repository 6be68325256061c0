import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`documents_aliases\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`kind\` text DEFAULT 'short',
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`documents\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`documents_aliases_order_idx\` ON \`documents_aliases\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`documents_aliases_parent_id_idx\` ON \`documents_aliases\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_documents_v_version_aliases\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`kind\` text DEFAULT 'short',
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_documents_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_documents_v_version_aliases_order_idx\` ON \`_documents_v_version_aliases\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_documents_v_version_aliases_parent_id_idx\` ON \`_documents_v_version_aliases\` (\`_parent_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`documents_aliases\`;`)
  await db.run(sql`DROP TABLE \`_documents_v_version_aliases\`;`)
}
