CREATE SEQUENCE "public"."catalog_revision_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1;--> statement-breakpoint
CREATE TABLE "catalog_import_chunks" (
	"import_id" uuid NOT NULL,
	"seq" integer NOT NULL,
	"data" "bytea" NOT NULL,
	CONSTRAINT "catalog_import_chunks_import_id_seq_pk" PRIMARY KEY("import_id","seq")
);
--> statement-breakpoint
CREATE TABLE "catalog_import_problems" (
	"import_id" uuid NOT NULL,
	"seq" integer NOT NULL,
	"line" integer,
	"reference" text NOT NULL,
	"reason" text NOT NULL,
	CONSTRAINT "catalog_import_problems_import_id_seq_pk" PRIMARY KEY("import_id","seq")
);
--> statement-breakpoint
CREATE TABLE "catalog_imports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"file_name" text NOT NULL,
	"format" text NOT NULL,
	"source" text NOT NULL,
	"status" text NOT NULL,
	"started_by" uuid,
	"total_bytes" bigint,
	"bytes_read" bigint DEFAULT 0 NOT NULL,
	"added" integer DEFAULT 0 NOT NULL,
	"updated" integer DEFAULT 0 NOT NULL,
	"unchanged" integer DEFAULT 0 NOT NULL,
	"skipped" integer DEFAULT 0 NOT NULL,
	"failure" text,
	"failure_line" integer,
	"lease_until" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"started_at" timestamp with time zone,
	"finished_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "products" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"isbn" text NOT NULL,
	"title" text NOT NULL,
	"subtitle" text,
	"contributors" jsonb NOT NULL,
	"publisher" text,
	"release_date" date,
	"form" text NOT NULL,
	"form_code" text,
	"language" text,
	"series_name" text,
	"series_number" text,
	"audience" text NOT NULL,
	"genre" text NOT NULL,
	"thema_codes" text[] NOT NULL,
	"keywords" text[] NOT NULL,
	"description" text,
	"cover_url" text,
	"list_price_minor" bigint,
	"currency" text,
	"price_includes_vat" boolean,
	"price_fixed" boolean,
	"tax_rate_code" text,
	"fixed_price_until" date,
	"availability" text NOT NULL,
	"stock_quantity" integer,
	"available_from" date,
	"content_hash" text NOT NULL,
	"revision" bigint NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "accounts" ADD COLUMN "customer_type" text DEFAULT 'public_library' NOT NULL;--> statement-breakpoint
ALTER TABLE "accounts" ADD COLUMN "fixed_price_discount_bp" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "accounts" ADD COLUMN "standard_discount_bp" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "catalog_import_chunks" ADD CONSTRAINT "catalog_import_chunks_import_id_catalog_imports_id_fk" FOREIGN KEY ("import_id") REFERENCES "public"."catalog_imports"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "catalog_import_problems" ADD CONSTRAINT "catalog_import_problems_import_id_catalog_imports_id_fk" FOREIGN KEY ("import_id") REFERENCES "public"."catalog_imports"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "catalog_imports" ADD CONSTRAINT "catalog_imports_started_by_users_id_fk" FOREIGN KEY ("started_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "catalog_imports_created_idx" ON "catalog_imports" USING btree ("created_at");--> statement-breakpoint
CREATE INDEX "catalog_imports_status_idx" ON "catalog_imports" USING btree ("status");--> statement-breakpoint
CREATE UNIQUE INDEX "products_isbn_idx" ON "products" USING btree ("isbn");--> statement-breakpoint
CREATE UNIQUE INDEX "products_revision_idx" ON "products" USING btree ("revision");