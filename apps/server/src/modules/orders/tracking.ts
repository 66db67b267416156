import type { AppContext } from '../../platform/context.ts';
import type { TrackingLink } from './views.ts';

/** The store's tracking links (ORD-3). Until the templates are configured, none. */
export function trackingLinkFor(_ctx: AppContext): TrackingLink {
  return () => null;
}
