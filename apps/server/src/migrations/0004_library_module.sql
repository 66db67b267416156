CREATE TABLE "bookings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"account_id" uuid NOT NULL,
	"item_id" uuid NOT NULL,
	"borrower_id" uuid NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date NOT NULL,
	"blocked_from" date NOT NULL,
	"decision" jsonb NOT NULL,
	"cancelled_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "borrower_group_members" (
	"borrower_id" uuid NOT NULL,
	"borrower_group_id" uuid NOT NULL,
	CONSTRAINT "borrower_group_members_borrower_id_borrower_group_id_pk" PRIMARY KEY("borrower_id","borrower_group_id")
);
--> statement-breakpoint
CREATE TABLE "borrower_groups" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"account_id" uuid NOT NULL,
	"name" text NOT NULL,
	"parent_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "borrowers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"account_id" uuid NOT NULL,
	"card_number" text NOT NULL,
	"name" text NOT NULL,
	"blocked" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "ill_requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"account_id" uuid NOT NULL,
	"item_id" uuid NOT NULL,
	"borrower_id" uuid NOT NULL,
	"status" text NOT NULL,
	"decision" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "library_items" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"account_id" uuid NOT NULL,
	"barcode" text NOT NULL,
	"title" text NOT NULL,
	"material_group_id" uuid NOT NULL,
	"department" text,
	"shelf_location" text,
	"status" text DEFAULT 'available' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "libraries" (
	"account_id" uuid PRIMARY KEY NOT NULL,
	"policy_version" bigint DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "library_staff" (
	"account_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"role" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "library_staff_account_id_user_id_pk" PRIMARY KEY("account_id","user_id"),
	CONSTRAINT "library_staff_role_check" CHECK ("library_staff"."role" IN ('admin', 'desk'))
);
--> statement-breakpoint
CREATE TABLE "loan_profile_groups" (
	"profile_id" uuid NOT NULL,
	"borrower_group_id" uuid NOT NULL,
	CONSTRAINT "loan_profile_groups_profile_id_borrower_group_id_pk" PRIMARY KEY("profile_id","borrower_group_id")
);
--> statement-breakpoint
CREATE TABLE "loan_profiles" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"account_id" uuid NOT NULL,
	"material_group_id" uuid NOT NULL,
	"name" text NOT NULL,
	"loan_days" integer,
	"yearly_month" integer,
	"yearly_day" integer,
	"renewals" integer NOT NULL,
	"renewal_days" integer NOT NULL,
	"allows_loan" boolean NOT NULL,
	"allows_ill" boolean NOT NULL,
	"allows_reservation" boolean NOT NULL,
	"priority" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "loan_profiles_priority_key" UNIQUE("material_group_id","priority"),
	CONSTRAINT "loan_profiles_period_check" CHECK (("loan_profiles"."loan_days" IS NULL) <> ("loan_profiles"."yearly_month" IS NULL) AND ("loan_profiles"."yearly_month" IS NULL) = ("loan_profiles"."yearly_day" IS NULL))
);
--> statement-breakpoint
CREATE TABLE "loans" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"account_id" uuid NOT NULL,
	"item_id" uuid NOT NULL,
	"borrower_id" uuid NOT NULL,
	"material_group_id" uuid NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"replacement_unpaid" boolean DEFAULT false NOT NULL,
	"automatic" boolean DEFAULT false NOT NULL,
	"loaned_on" date NOT NULL,
	"due_on" date NOT NULL,
	"renewals_used" integer DEFAULT 0 NOT NULL,
	"returned_on" date,
	"decision" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "material_groups" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"account_id" uuid NOT NULL,
	"name" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"bookable" boolean DEFAULT false NOT NULL,
	"preparation_days" integer DEFAULT 0 NOT NULL,
	"max_booking_days" integer,
	"max_loans" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "material_groups_bookable_check" CHECK (NOT "material_groups"."bookable" OR "material_groups"."max_loans" IS NULL)
);
--> statement-breakpoint
CREATE TABLE "reservations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"account_id" uuid NOT NULL,
	"item_id" uuid NOT NULL,
	"borrower_id" uuid NOT NULL,
	"status" text DEFAULT 'waiting' NOT NULL,
	"decision" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "bookings" ADD CONSTRAINT "bookings_account_id_libraries_account_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."libraries"("account_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bookings" ADD CONSTRAINT "bookings_item_id_library_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."library_items"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bookings" ADD CONSTRAINT "bookings_borrower_id_borrowers_id_fk" FOREIGN KEY ("borrower_id") REFERENCES "public"."borrowers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "borrower_group_members" ADD CONSTRAINT "borrower_group_members_borrower_id_borrowers_id_fk" FOREIGN KEY ("borrower_id") REFERENCES "public"."borrowers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "borrower_group_members" ADD CONSTRAINT "borrower_group_members_borrower_group_id_borrower_groups_id_fk" FOREIGN KEY ("borrower_group_id") REFERENCES "public"."borrower_groups"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "borrower_groups" ADD CONSTRAINT "borrower_groups_account_id_libraries_account_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."libraries"("account_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "borrower_groups" ADD CONSTRAINT "borrower_groups_parent_id_borrower_groups_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."borrower_groups"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "borrowers" ADD CONSTRAINT "borrowers_account_id_libraries_account_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."libraries"("account_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ill_requests" ADD CONSTRAINT "ill_requests_account_id_libraries_account_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."libraries"("account_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ill_requests" ADD CONSTRAINT "ill_requests_item_id_library_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."library_items"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ill_requests" ADD CONSTRAINT "ill_requests_borrower_id_borrowers_id_fk" FOREIGN KEY ("borrower_id") REFERENCES "public"."borrowers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "library_items" ADD CONSTRAINT "library_items_account_id_libraries_account_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."libraries"("account_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "library_items" ADD CONSTRAINT "library_items_material_group_id_material_groups_id_fk" FOREIGN KEY ("material_group_id") REFERENCES "public"."material_groups"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "libraries" ADD CONSTRAINT "libraries_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "library_staff" ADD CONSTRAINT "library_staff_account_id_libraries_account_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."libraries"("account_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "library_staff" ADD CONSTRAINT "library_staff_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "loan_profile_groups" ADD CONSTRAINT "loan_profile_groups_profile_id_loan_profiles_id_fk" FOREIGN KEY ("profile_id") REFERENCES "public"."loan_profiles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "loan_profile_groups" ADD CONSTRAINT "loan_profile_groups_borrower_group_id_borrower_groups_id_fk" FOREIGN KEY ("borrower_group_id") REFERENCES "public"."borrower_groups"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "loan_profiles" ADD CONSTRAINT "loan_profiles_account_id_libraries_account_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."libraries"("account_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "loan_profiles" ADD CONSTRAINT "loan_profiles_material_group_id_material_groups_id_fk" FOREIGN KEY ("material_group_id") REFERENCES "public"."material_groups"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "loans" ADD CONSTRAINT "loans_account_id_libraries_account_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."libraries"("account_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "loans" ADD CONSTRAINT "loans_item_id_library_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."library_items"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "loans" ADD CONSTRAINT "loans_borrower_id_borrowers_id_fk" FOREIGN KEY ("borrower_id") REFERENCES "public"."borrowers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "loans" ADD CONSTRAINT "loans_material_group_id_material_groups_id_fk" FOREIGN KEY ("material_group_id") REFERENCES "public"."material_groups"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "material_groups" ADD CONSTRAINT "material_groups_account_id_libraries_account_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."libraries"("account_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reservations" ADD CONSTRAINT "reservations_account_id_libraries_account_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."libraries"("account_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reservations" ADD CONSTRAINT "reservations_item_id_library_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."library_items"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reservations" ADD CONSTRAINT "reservations_borrower_id_borrowers_id_fk" FOREIGN KEY ("borrower_id") REFERENCES "public"."borrowers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "bookings_item_idx" ON "bookings" USING btree ("item_id","starts_on") WHERE "bookings"."cancelled_at" IS NULL;--> statement-breakpoint
CREATE INDEX "borrower_group_members_group_idx" ON "borrower_group_members" USING btree ("borrower_group_id");--> statement-breakpoint
CREATE UNIQUE INDEX "borrower_groups_name_idx" ON "borrower_groups" USING btree ("account_id",lower("name"));--> statement-breakpoint
CREATE UNIQUE INDEX "borrower_groups_root_idx" ON "borrower_groups" USING btree ("account_id") WHERE "borrower_groups"."parent_id" IS NULL;--> statement-breakpoint
CREATE UNIQUE INDEX "borrowers_card_idx" ON "borrowers" USING btree ("account_id","card_number");--> statement-breakpoint
CREATE INDEX "borrowers_name_idx" ON "borrowers" USING btree ("account_id",lower("name"));--> statement-breakpoint
CREATE UNIQUE INDEX "library_items_barcode_idx" ON "library_items" USING btree ("account_id","barcode");--> statement-breakpoint
CREATE INDEX "library_items_material_group_idx" ON "library_items" USING btree ("material_group_id");--> statement-breakpoint
CREATE INDEX "library_staff_user_idx" ON "library_staff" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "loan_profile_groups_group_idx" ON "loan_profile_groups" USING btree ("borrower_group_id");--> statement-breakpoint
CREATE INDEX "loans_borrower_idx" ON "loans" USING btree ("borrower_id","material_group_id") WHERE "loans"."status" <> 'returned' OR "loans"."replacement_unpaid";--> statement-breakpoint
CREATE UNIQUE INDEX "loans_open_item_idx" ON "loans" USING btree ("item_id") WHERE "loans"."status" <> 'returned';--> statement-breakpoint
CREATE UNIQUE INDEX "material_groups_name_idx" ON "material_groups" USING btree ("account_id",lower("name"));--> statement-breakpoint
CREATE INDEX "reservations_item_idx" ON "reservations" USING btree ("item_id") WHERE "reservations"."status" = 'waiting';