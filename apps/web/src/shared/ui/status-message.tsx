/**
 * A polite live region. It is rendered even when empty because screen readers only
 * announce changes to regions that already existed in the page.
 */
export function StatusMessage({ message }: { message: string }) {
  return (
    <p role="status" className={message ? 'notice notice--success' : 'status-idle'}>
      {message}
    </p>
  );
}
