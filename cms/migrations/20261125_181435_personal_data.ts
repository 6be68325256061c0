import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`documents_personal_data_overrides\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`text\` text,
  	\`reason\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`documents\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`documents_personal_data_overrides_order_idx\` ON \`documents_personal_data_overrides\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`documents_personal_data_overrides_parent_id_idx\` ON \`documents_personal_data_overrides\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_documents_v_version_personal_data_overrides\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`text\` text,
  	\`reason\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_documents_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_documents_v_version_personal_data_overrides_order_idx\` ON \`_documents_v_version_personal_data_overrides\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_documents_v_version_personal_data_overrides_parent_id_idx\` ON \`_documents_v_version_personal_data_overrides\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`interpretations_personal_data_overrides\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`text\` text,
  	\`reason\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`interpretations\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`interpretations_personal_data_overrides_order_idx\` ON \`interpretations_personal_data_overrides\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`interpretations_personal_data_overrides_parent_id_idx\` ON \`interpretations_personal_data_overrides\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_interpretations_v_version_personal_data_overrides\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`text\` text,
  	\`reason\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_interpretations_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_interpretations_v_version_personal_data_overrides_order_idx\` ON \`_interpretations_v_version_personal_data_overrides\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_interpretations_v_version_personal_data_overrides_parent_id_idx\` ON \`_interpretations_v_version_personal_data_overrides\` (\`_parent_id\`);`)
  await db.run(sql`ALTER TABLE \`documents\` ADD \`mask_personal_data\` integer;`)
  await db.run(sql`ALTER TABLE \`_documents_v\` ADD \`version_mask_personal_data\` integer;`)
  await db.run(sql`ALTER TABLE \`interpretations\` ADD \`mask_personal_data\` integer;`)
  await db.run(sql`ALTER TABLE \`_interpretations_v\` ADD \`version_mask_personal_data\` integer;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`documents_personal_data_overrides\`;`)
  await db.run(sql`DROP TABLE \`_documents_v_version_personal_data_overrides\`;`)
  await db.run(sql`DROP TABLE \`interpretations_personal_data_overrides\`;`)
  await db.run(sql`DROP TABLE \`_interpretations_v_version_personal_data_overrides\`;`)
  await db.run(sql`ALTER TABLE \`documents\` DROP COLUMN \`mask_personal_data\`;`)
  await db.run(sql`ALTER TABLE \`_documents_v\` DROP COLUMN \`version_mask_personal_data\`;`)
  await db.run(sql`ALTER TABLE \`interpretations\` DROP COLUMN \`mask_personal_data\`;`)
  await db.run(sql`ALTER TABLE \`_interpretations_v\` DROP COLUMN \`version_mask_personal_data\`;`)
}
