import type { AppContext } from '../../platform/context.ts';
import { trackingUrl } from './documents/index.ts';
import type { TrackingLink } from './views.ts';

/** The store's tracking links (ORD-3), from its templates (config `trackingTemplates`). */
export function trackingLinkFor(ctx: AppContext): TrackingLink {
  return (carrier, waybill) => trackingUrl(ctx.config.trackingTemplates, carrier, waybill);
}
