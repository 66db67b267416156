/** The dev mailbox only exists outside production; on a laptop it is how you read your code. */
export function isDevHost(hostname: string, devBuild: boolean): boolean {
  return devBuild || hostname === 'localhost' || hostname === '127.0.0.1' || hostname === '[::1]';
}
