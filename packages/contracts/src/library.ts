import { z } from 'zod';
import { CalendarDate, Email, Id } from './common.ts';

/** The library module (issue 5, LIB-1…LIB-6): configuration, the policy tester and the desk. */

const name = (max: number) => z.string().trim().min(1, 'Required').max(max, `At most ${max} characters`);
const whole = (min: number) => z.number().int('A whole number').min(min, `At least ${min}`);

export const LibraryRole = z.enum(['admin', 'desk']);
export type LibraryRole = z.infer<typeof LibraryRole>;

export const LibraryParams = z.object({ libraryId: Id }).strict();
export const LibraryItemParams = z.object({ libraryId: Id, id: Id }).strict();

/** What the signed-in user may do in which library. */
export const MyLibraries = z.object({ libraries: z.array(z.object({ id: Id, name: z.string(), role: LibraryRole })) });
export type MyLibraries = z.infer<typeof MyLibraries>;

/** Staff switch the module on for an account and name its first library admin. */
export const EnableLibraryBody = z.object({ adminEmail: Email, adminName: z.string().trim().max(120).default('') }).strict();
export const LibraryStaffBody = z.object({ email: Email, name: z.string().trim().max(120).default(''), role: LibraryRole }).strict();

export const BorrowerGroup = z.object({ id: Id, name: z.string(), parentId: Id.nullable(), borrowers: z.number().int(), profiles: z.number().int() });
export type BorrowerGroup = z.infer<typeof BorrowerGroup>;
export const BorrowerGroupBody = z.object({ name: name(80), parentId: Id }).strict();
export const ChangeBorrowerGroupBody = z.object({ name: name(80), parentId: Id.nullable() }).strict();

export const MaterialGroupBody = z
  .object({
    name: name(80),
    description: z.string().trim().max(500).default(''),
    bookable: z.boolean().default(false),
    preparationDays: whole(0).max(365).default(0),
    maxBookingDays: whole(1).max(3650).nullable().default(null),
    maxLoans: whole(1).max(10_000).nullable().default(null),
  })
  .strict();
export type MaterialGroupBody = z.infer<typeof MaterialGroupBody>;

/** Month-day of a yearly return date, "MM-DD" (29 February allowed). */
const MonthDay = z.string().regex(/^\d{2}-\d{2}$/, 'A month and day as MM-DD');

export const LoanProfileBody = z
  .object({
    name: name(80),
    loanDays: whole(1).max(3650).nullable().default(null),
    yearlyReturnDate: MonthDay.nullable().default(null),
    renewals: whole(0).max(100),
    renewalDays: whole(0).max(3650).default(0),
    allowsLoan: z.boolean(),
    allowsIll: z.boolean(),
    allowsReservation: z.boolean(),
    borrowerGroupIds: z.array(Id).max(200),
    /** Left out: after the group's last profile. */
    priority: whole(1).max(10_000).optional(),
  })
  .strict();
export type LoanProfileBody = z.infer<typeof LoanProfileBody>;

export const LoanProfile = LoanProfileBody.extend({ id: Id, materialGroupId: Id, priority: z.number().int() });
export type LoanProfile = z.infer<typeof LoanProfile>;

export const MaterialGroup = z.object({
  id: Id,
  name: z.string(),
  description: z.string(),
  bookable: z.boolean(),
  preparationDays: z.number().int(),
  maxBookingDays: z.number().int().nullable(),
  maxLoans: z.number().int().nullable(),
  items: z.number().int(),
  profiles: z.array(LoanProfile),
});
export type MaterialGroup = z.infer<typeof MaterialGroup>;

export const ReorderProfilesBody = z.object({ profileIds: z.array(Id).min(1).max(500) }).strict();

export const PolicyWarning = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('applies_to_nobody'), materialGroupId: Id, profileId: Id }),
  z.object({ kind: z.literal('shadowed'), materialGroupId: Id, profileId: Id, byProfileIds: z.array(Id) }),
  z.object({ kind: z.literal('no_ill'), materialGroupId: Id }),
]);
export type PolicyWarning = z.infer<typeof PolicyWarning>;

export const LibrarySettings = z.object({
  policyVersion: z.number().int(),
  borrowerGroups: z.array(BorrowerGroup),
  materialGroups: z.array(MaterialGroup),
  warnings: z.array(PolicyWarning),
});
export type LibrarySettings = z.infer<typeof LibrarySettings>;

const NamedRef = z.object({ id: z.string(), name: z.string() });

/** Why a rule applied (rule 13): the same object for the tester, the desk and the stored loan. */
export const Explanation = z.object({
  transaction: z.enum(['loan', 'reservation', 'ill', 'renewal', 'booking']),
  materialGroup: NamedRef.nullable(),
  outcome: z.enum(['allowed', 'refused']),
  reason: z.string().nullable(),
  profile: NamedRef.extend({ priority: z.number().int() }).nullable(),
  matchedGroup: NamedRef.extend({ through: NamedRef.nullable() }).nullable(),
  borrowerGroups: z.array(NamedRef),
  trace: z.array(NamedRef.extend({ priority: z.number().int(), outcome: z.enum(['no_shared_group', 'not_for_all', 'decided', 'not_consulted']) })),
  facts: z.record(z.string(), z.union([z.string(), z.number(), z.null()])),
});
export type Explanation = z.infer<typeof Explanation>;

export const PolicyTestBody = z
  .object({
    materialGroupId: Id,
    /** A borrower, or groups to try the rules for someone who is not a borrower yet. */
    borrowerId: Id.optional(),
    borrowerGroupIds: z.array(Id).max(50).optional(),
    transaction: z.enum(['loan', 'reservation', 'ill']),
    date: CalendarDate,
  })
  .strict()
  .refine((b) => (b.borrowerId === undefined) !== (b.borrowerGroupIds === undefined), { message: 'Give a borrower or borrower groups', path: ['borrowerId'] });

export const PolicyTestResult = z.object({ allowed: z.boolean(), dueDate: CalendarDate.nullable(), explanation: Explanation });
export type PolicyTestResult = z.infer<typeof PolicyTestResult>;
