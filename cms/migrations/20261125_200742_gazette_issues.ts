import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`gazette_issues_sections_entries\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`first_page\` numeric,
  	\`last_page\` numeric,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`gazette_issues_sections\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`gazette_issues_sections_entries_order_idx\` ON \`gazette_issues_sections_entries\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`gazette_issues_sections_entries_parent_id_idx\` ON \`gazette_issues_sections_entries\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`gazette_issues_sections\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`title\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`gazette_issues\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`gazette_issues_sections_order_idx\` ON \`gazette_issues_sections\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`gazette_issues_sections_parent_id_idx\` ON \`gazette_issues_sections\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`gazette_issues_corrections\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`date\` text,
  	\`text\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`gazette_issues\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`gazette_issues_corrections_order_idx\` ON \`gazette_issues_corrections\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`gazette_issues_corrections_parent_id_idx\` ON \`gazette_issues_corrections\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`gazette_issues\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`year\` numeric,
  	\`issue_number\` numeric,
  	\`total_number\` numeric,
  	\`publication_date\` text,
  	\`cover_id\` integer,
  	\`print_source\` text DEFAULT 'generated',
  	\`page_size\` text DEFAULT 'A4',
  	\`print_pdf_id\` integer,
  	\`print_pages\` numeric,
  	\`print_checks\` text,
  	\`print_fingerprint\` text,
  	\`published_state\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`cover_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`print_pdf_id\`) REFERENCES \`issue_pdfs\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`gazette_issues_cover_idx\` ON \`gazette_issues\` (\`cover_id\`);`)
  await db.run(sql`CREATE INDEX \`gazette_issues_print_pdf_idx\` ON \`gazette_issues\` (\`print_pdf_id\`);`)
  await db.run(sql`CREATE INDEX \`gazette_issues_updated_at_idx\` ON \`gazette_issues\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`gazette_issues_created_at_idx\` ON \`gazette_issues\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`gazette_issues__status_idx\` ON \`gazette_issues\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`gazette_issues_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`documents_id\` integer,
  	\`interpretations_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`gazette_issues\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`documents_id\`) REFERENCES \`documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`interpretations_id\`) REFERENCES \`interpretations\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`gazette_issues_rels_order_idx\` ON \`gazette_issues_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`gazette_issues_rels_parent_idx\` ON \`gazette_issues_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`gazette_issues_rels_path_idx\` ON \`gazette_issues_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`gazette_issues_rels_documents_id_idx\` ON \`gazette_issues_rels\` (\`documents_id\`);`)
  await db.run(sql`CREATE INDEX \`gazette_issues_rels_interpretations_id_idx\` ON \`gazette_issues_rels\` (\`interpretations_id\`);`)
  await db.run(sql`CREATE TABLE \`_gazette_issues_v_version_sections_entries\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`first_page\` numeric,
  	\`last_page\` numeric,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_gazette_issues_v_version_sections\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_gazette_issues_v_version_sections_entries_order_idx\` ON \`_gazette_issues_v_version_sections_entries\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_gazette_issues_v_version_sections_entries_parent_id_idx\` ON \`_gazette_issues_v_version_sections_entries\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_gazette_issues_v_version_sections\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_gazette_issues_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_gazette_issues_v_version_sections_order_idx\` ON \`_gazette_issues_v_version_sections\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_gazette_issues_v_version_sections_parent_id_idx\` ON \`_gazette_issues_v_version_sections\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_gazette_issues_v_version_corrections\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`date\` text,
  	\`text\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_gazette_issues_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_gazette_issues_v_version_corrections_order_idx\` ON \`_gazette_issues_v_version_corrections\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_gazette_issues_v_version_corrections_parent_id_idx\` ON \`_gazette_issues_v_version_corrections\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_gazette_issues_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_title\` text,
  	\`version_year\` numeric,
  	\`version_issue_number\` numeric,
  	\`version_total_number\` numeric,
  	\`version_publication_date\` text,
  	\`version_cover_id\` integer,
  	\`version_print_source\` text DEFAULT 'generated',
  	\`version_page_size\` text DEFAULT 'A4',
  	\`version_print_pdf_id\` integer,
  	\`version_print_pages\` numeric,
  	\`version_print_checks\` text,
  	\`version_print_fingerprint\` text,
  	\`version_published_state\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`gazette_issues\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_cover_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_print_pdf_id\`) REFERENCES \`issue_pdfs\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_gazette_issues_v_parent_idx\` ON \`_gazette_issues_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_gazette_issues_v_version_version_cover_idx\` ON \`_gazette_issues_v\` (\`version_cover_id\`);`)
  await db.run(sql`CREATE INDEX \`_gazette_issues_v_version_version_print_pdf_idx\` ON \`_gazette_issues_v\` (\`version_print_pdf_id\`);`)
  await db.run(sql`CREATE INDEX \`_gazette_issues_v_version_version_updated_at_idx\` ON \`_gazette_issues_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_gazette_issues_v_version_version_created_at_idx\` ON \`_gazette_issues_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_gazette_issues_v_version_version__status_idx\` ON \`_gazette_issues_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_gazette_issues_v_created_at_idx\` ON \`_gazette_issues_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_gazette_issues_v_updated_at_idx\` ON \`_gazette_issues_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_gazette_issues_v_latest_idx\` ON \`_gazette_issues_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_gazette_issues_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`documents_id\` integer,
  	\`interpretations_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_gazette_issues_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`documents_id\`) REFERENCES \`documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`interpretations_id\`) REFERENCES \`interpretations\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_gazette_issues_v_rels_order_idx\` ON \`_gazette_issues_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_gazette_issues_v_rels_parent_idx\` ON \`_gazette_issues_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_gazette_issues_v_rels_path_idx\` ON \`_gazette_issues_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_gazette_issues_v_rels_documents_id_idx\` ON \`_gazette_issues_v_rels\` (\`documents_id\`);`)
  await db.run(sql`CREATE INDEX \`_gazette_issues_v_rels_interpretations_id_idx\` ON \`_gazette_issues_v_rels\` (\`interpretations_id\`);`)
  await db.run(sql`CREATE TABLE \`issue_pdfs\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`url\` text,
  	\`thumbnail_u_r_l\` text,
  	\`filename\` text,
  	\`mime_type\` text,
  	\`filesize\` numeric,
  	\`width\` numeric,
  	\`height\` numeric,
  	\`focal_x\` numeric,
  	\`focal_y\` numeric
  );
  `)
  await db.run(sql`CREATE INDEX \`issue_pdfs_updated_at_idx\` ON \`issue_pdfs\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`issue_pdfs_created_at_idx\` ON \`issue_pdfs\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`issue_pdfs_filename_idx\` ON \`issue_pdfs\` (\`filename\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`gazette_issues_id\` integer REFERENCES gazette_issues(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`issue_pdfs_id\` integer REFERENCES issue_pdfs(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_gazette_issues_id_idx\` ON \`payload_locked_documents_rels\` (\`gazette_issues_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_issue_pdfs_id_idx\` ON \`payload_locked_documents_rels\` (\`issue_pdfs_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`gazette_issues_sections_entries\`;`)
  await db.run(sql`DROP TABLE \`gazette_issues_sections\`;`)
  await db.run(sql`DROP TABLE \`gazette_issues_corrections\`;`)
  await db.run(sql`DROP TABLE \`gazette_issues\`;`)
  await db.run(sql`DROP TABLE \`gazette_issues_rels\`;`)
  await db.run(sql`DROP TABLE \`_gazette_issues_v_version_sections_entries\`;`)
  await db.run(sql`DROP TABLE \`_gazette_issues_v_version_sections\`;`)
  await db.run(sql`DROP TABLE \`_gazette_issues_v_version_corrections\`;`)
  await db.run(sql`DROP TABLE \`_gazette_issues_v\`;`)
  await db.run(sql`DROP TABLE \`_gazette_issues_v_rels\`;`)
  await db.run(sql`DROP TABLE \`issue_pdfs\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`documents_id\` integer,
  	\`interpretations_id\` integer,
  	\`document_relations_id\` integer,
  	\`organizations_id\` integer,
  	\`issuing_codes_id\` integer,
  	\`number_reservations_id\` integer,
  	\`review_events_id\` integer,
  	\`site_builds_id\` integer,
  	\`media_id\` integer,
  	\`users_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`documents_id\`) REFERENCES \`documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`interpretations_id\`) REFERENCES \`interpretations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`document_relations_id\`) REFERENCES \`document_relations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`organizations_id\`) REFERENCES \`organizations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`issuing_codes_id\`) REFERENCES \`issuing_codes\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`number_reservations_id\`) REFERENCES \`number_reservations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`review_events_id\`) REFERENCES \`review_events\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`site_builds_id\`) REFERENCES \`site_builds\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "documents_id", "interpretations_id", "document_relations_id", "organizations_id", "issuing_codes_id", "number_reservations_id", "review_events_id", "site_builds_id", "media_id", "users_id") SELECT "id", "order", "parent_id", "path", "documents_id", "interpretations_id", "document_relations_id", "organizations_id", "issuing_codes_id", "number_reservations_id", "review_events_id", "site_builds_id", "media_id", "users_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_documents_id_idx\` ON \`payload_locked_documents_rels\` (\`documents_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_interpretations_id_idx\` ON \`payload_locked_documents_rels\` (\`interpretations_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_document_relations_id_idx\` ON \`payload_locked_documents_rels\` (\`document_relations_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_organizations_id_idx\` ON \`payload_locked_documents_rels\` (\`organizations_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_issuing_codes_id_idx\` ON \`payload_locked_documents_rels\` (\`issuing_codes_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_number_reservations_id_idx\` ON \`payload_locked_documents_rels\` (\`number_reservations_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_review_events_id_idx\` ON \`payload_locked_documents_rels\` (\`review_events_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_site_builds_id_idx\` ON \`payload_locked_documents_rels\` (\`site_builds_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
}
