CREATE TABLE "budget_codes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"account_id" uuid NOT NULL,
	"code" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"total_minor" bigint NOT NULL,
	"spent_minor" bigint DEFAULT 0 NOT NULL,
	"fixed_price_discount_bp" integer DEFAULT 0 NOT NULL,
	"standard_discount_bp" integer DEFAULT 0 NOT NULL,
	"fixed_price_period_months" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "budget_codes_total_check" CHECK ("budget_codes"."total_minor" >= 0),
	CONSTRAINT "budget_codes_discounts_check" CHECK ("budget_codes"."fixed_price_discount_bp" BETWEEN 0 AND 10000 AND "budget_codes"."standard_discount_bp" BETWEEN 0 AND 10000),
	CONSTRAINT "budget_codes_months_check" CHECK ("budget_codes"."fixed_price_period_months" BETWEEN 0 AND 36)
);
--> statement-breakpoint
CREATE TABLE "budget_ledger_entries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"seq" bigint GENERATED ALWAYS AS IDENTITY (sequence name "budget_ledger_entries_seq_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"budget_code_id" uuid NOT NULL,
	"account_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"amount_minor" bigint NOT NULL,
	"remaining_after_minor" bigint NOT NULL,
	"order_id" uuid,
	"actor_user_id" uuid,
	"reason" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "budget_ledger_entries_kind_check" CHECK (("budget_ledger_entries"."kind" = 'order_debit' AND "budget_ledger_entries"."amount_minor" > 0 AND "budget_ledger_entries"."order_id" IS NOT NULL)
        OR ("budget_ledger_entries"."kind" = 'cancellation_credit' AND "budget_ledger_entries"."amount_minor" < 0 AND "budget_ledger_entries"."order_id" IS NOT NULL)
        OR ("budget_ledger_entries"."kind" = 'correction' AND "budget_ledger_entries"."reason" IS NOT NULL))
);
--> statement-breakpoint
ALTER TABLE "budget_codes" ADD CONSTRAINT "budget_codes_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "budget_ledger_entries" ADD CONSTRAINT "budget_ledger_entries_budget_code_id_budget_codes_id_fk" FOREIGN KEY ("budget_code_id") REFERENCES "public"."budget_codes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "budget_ledger_entries" ADD CONSTRAINT "budget_ledger_entries_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "budget_ledger_entries" ADD CONSTRAINT "budget_ledger_entries_actor_user_id_users_id_fk" FOREIGN KEY ("actor_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "budget_codes_account_code_idx" ON "budget_codes" USING btree ("account_id","code");--> statement-breakpoint
CREATE INDEX "budget_ledger_entries_code_idx" ON "budget_ledger_entries" USING btree ("budget_code_id","seq");