/**
 * Only same-site paths are followed after sign-in; `//evil.example` or a full URL in
 * ?next= would otherwise turn the sign-in page into an open redirect.
 */
export function safeNext(raw: string | null, fallback = '/min-side'): string {
  if (!raw || !raw.startsWith('/') || raw.startsWith('//') || raw.startsWith('/\\')) return fallback;
  if (raw.startsWith('/logg-inn')) return fallback;
  return raw;
}

/** Where sign-in leads: the page asked for, else staff to the backoffice and customers to My page. */
export function landingPath(next: string | null, isStaff: boolean): string {
  return safeNext(next, isStaff ? '/backoffice' : '/min-side');
}
