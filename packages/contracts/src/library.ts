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
/** The backoffice's view of an account's library module: on or off, and who administers it. */
export const LibraryModuleStatus = z.object({ enabled: z.boolean(), admins: z.array(z.object({ email: z.string(), name: z.string() })) });
export type LibraryModuleStatus = z.infer<typeof LibraryModuleStatus>;

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

// ── The desk ───────────────────────────────────────────────────────────────

export const BorrowerBody = z
  .object({
    cardNumber: z.string().trim().min(1, 'Required').max(40).regex(/^[\p{L}\p{N}-]+$/u, 'Letters, digits and dashes only'),
    name: name(120),
    blocked: z.boolean().default(false),
    groupIds: z.array(Id).max(20),
  })
  .strict();
export type BorrowerBody = z.infer<typeof BorrowerBody>;

export const Borrower = z.object({
  id: Id,
  cardNumber: z.string(),
  name: z.string(),
  blocked: z.boolean(),
  groups: z.array(NamedRef),
  openLoans: z.number().int(),
});
export type Borrower = z.infer<typeof Borrower>;
export const BorrowerList = z.object({ items: z.array(Borrower) });
export type BorrowerList = z.infer<typeof BorrowerList>;
export const BorrowerQuery = z.object({ q: z.string().trim().min(1).max(120) }).strict();

export const ItemStatus = z.enum(['available', 'on_loan', 'missing']);
export const ItemBody = z
  .object({
    barcode: z.string().trim().min(1, 'Required').max(40).regex(/^[\p{L}\p{N}-]+$/u, 'Letters, digits and dashes only'),
    title: name(300),
    materialGroupId: Id,
    department: z.string().trim().max(40).nullable().default(null),
    shelfLocation: z.string().trim().max(40).nullable().default(null),
  })
  .strict();
export type ItemBody = z.infer<typeof ItemBody>;
export const Item = z.object({
  id: Id,
  barcode: z.string(),
  title: z.string(),
  materialGroup: NamedRef,
  department: z.string().nullable(),
  shelfLocation: z.string().nullable(),
  status: ItemStatus,
});
export type Item = z.infer<typeof Item>;
export const ItemQuery = z.object({ barcode: z.string().trim().min(1).max(40) }).strict();

export const Loan = z.object({
  id: Id,
  item: z.object({ id: Id, barcode: z.string(), title: z.string() }),
  borrower: z.object({ id: Id, cardNumber: z.string(), name: z.string() }),
  materialGroupId: Id,
  status: z.enum(['open', 'on_hold', 'returned']),
  loanedOn: CalendarDate,
  dueOn: CalendarDate,
  renewalsUsed: z.number().int(),
  returnedOn: CalendarDate.nullable(),
  decision: Explanation,
});
export type Loan = z.infer<typeof Loan>;

export const Booking = z.object({ id: Id, itemId: Id, borrowerId: Id, startsOn: CalendarDate, endsOn: CalendarDate, blockedFrom: CalendarDate });
export type Booking = z.infer<typeof Booking>;

export const BorrowerDetail = z.object({
  borrower: Borrower,
  loans: z.array(Loan),
  reservations: z.array(z.object({ id: Id, item: z.object({ id: Id, barcode: z.string(), title: z.string() }), createdAt: z.string() })),
  bookings: z.array(Booking.extend({ item: z.object({ id: Id, barcode: z.string(), title: z.string() }) })),
});
export type BorrowerDetail = z.infer<typeof BorrowerDetail>;

export const CheckOutBody = z.object({ borrowerId: Id, barcode: z.string().trim().min(1).max(40) }).strict();
export const ReturnBody = z.object({ barcode: z.string().trim().min(1).max(40) }).strict();
export const RenewBody = z.object({ loanId: Id }).strict();
export const ReserveBody = CheckOutBody;
export const IllBody = CheckOutBody;
export const BookBody = z.object({ borrowerId: Id, barcode: z.string().trim().min(1).max(40), start: CalendarDate, end: CalendarDate }).strict();

/**
 * The desk's answer to every act that a rule decides: allowed or refused, always with the
 * explanation; the loan, reservation, booking or request when it was made. A refusal is an
 * answer, not an error (200); bad input and impossible states are problems (4xx).
 */
export const DeskDecision = z.object({
  allowed: z.boolean(),
  explanation: Explanation,
  loan: Loan.nullable(),
  booking: Booking.nullable(),
  reservationId: Id.nullable(),
  illRequestId: Id.nullable(),
});
export type DeskDecision = z.infer<typeof DeskDecision>;

export const CsvImportBody = z.object({ text: z.string().min(1, 'Paste or choose a file').max(2_000_000) }).strict();
export const CsvImportReport = z.object({ added: z.number().int(), updated: z.number().int(), problems: z.array(z.object({ line: z.number().int(), message: z.string() })) });
export type CsvImportReport = z.infer<typeof CsvImportReport>;

/** What the desk needs to name things: the tree and the material groups, without the rules. */
export const LibraryDirectory = z.object({
  borrowerGroups: z.array(z.object({ id: Id, name: z.string(), parentId: Id.nullable() })),
  materialGroups: z.array(z.object({ id: Id, name: z.string(), bookable: z.boolean() })),
  today: CalendarDate,
});
export type LibraryDirectory = z.infer<typeof LibraryDirectory>;
