import type { Carrier } from '@hylle/contracts';
import { err, ok, type Result } from '../../../kernel/result.ts';

/**
 * Links from a waybill number to the carrier's public tracking page (ORD-3). A store may
 * replace or add templates with TRACKING_URL_TEMPLATES; a carrier without a template gets
 * no link, and the waybill number is shown as text.
 */
export type { Carrier };
export type TrackingTemplates = Partial<Record<Carrier, string>>;

const placeholder = '{waybill}';

/**
 * The carriers' public tracking pages, each with the shipment (waybill) number in the
 * address. Checked against how public shop and integration code links to them, not against
 * documentation from the carriers (none was found); see each comment.
 */
export const defaultTrackingTemplates: Readonly<TrackingTemplates> = {
  // Posten and Bring share one tracking site (sporing.posten.no); the path form is the one integrations use most.
  posten_bring: 'https://sporing.posten.no/sporing/{waybill}',
  // PostNord's tracking site with the Norwegian locale; the id query is widely used (se/dk/fi/no).
  postnord: 'https://tracking.postnord.com/no/?id={waybill}',
  // DB Schenker's public tracking app takes the reference number as refNumber.
  db_schenker: 'https://www.dbschenker.com/app/tracking-public/?refNumber={waybill}',
  // UNVERIFIED: ColliCare publishes no deep-link format that could be confirmed; this is the
  // best guess at their Norwegian tracking page. Stores shipping with ColliCare should set
  // their own template (TRACKING_URL_TEMPLATES="collicare=https://…{waybill}").
  collicare: 'https://www.collicare.no/sporing?ref={waybill}',
};

/** The carrier's tracking page for the waybill, the number URL-encoded; null without a template or number. */
export function trackingUrl(templates: TrackingTemplates, carrier: Carrier, waybill: string): string | null {
  const template = templates[carrier];
  const number = waybill.trim();
  if (!template || number === '') return null;
  return template.split(placeholder).join(encodeURIComponent(number));
}

const knownCarriers: Record<Carrier, true> = { posten_bring: true, postnord: true, db_schenker: true, collicare: true, other: true };

function isCarrier(value: string): value is Carrier {
  return Object.hasOwn(knownCarriers, value);
}

/**
 * TRACKING_URL_TEMPLATES: `carrier=template` pairs separated by semicolons, e.g.
 * `posten_bring=https://sporing.posten.no/sporing/{waybill};other=https://track.example.no/?n={waybill}`.
 * Each pair replaces the default for its carrier; `carrier=` with nothing after it removes
 * the default (no link). Unset or empty: the defaults. A template must be an https address
 * containing {waybill}; every mistake is named, and none is half-applied.
 */
export function parseTrackingTemplates(env: string | undefined): Result<TrackingTemplates, 'invalid_tracking_templates'> {
  const templates: TrackingTemplates = { ...defaultTrackingTemplates };
  if (env === undefined || env.trim() === '') return ok(templates);
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const entry of env.split(';')) {
    if (entry.trim() === '') continue;
    const equals = entry.indexOf('=');
    if (equals < 0) {
      problems.push(`"${entry.trim()}" is not carrier=template`);
      continue;
    }
    const carrier = entry.slice(0, equals).trim();
    const template = entry.slice(equals + 1).trim();
    if (!isCarrier(carrier)) {
      problems.push(`unknown carrier "${carrier}" (use ${Object.keys(knownCarriers).join(', ')})`);
      continue;
    }
    if (seen.has(carrier)) {
      problems.push(`${carrier} is given twice`);
      continue;
    }
    seen.add(carrier);
    if (template === '') {
      delete templates[carrier];
      continue;
    }
    const problem = templateProblem(template);
    if (problem) {
      problems.push(`${carrier}: ${problem}`);
      continue;
    }
    templates[carrier] = template;
  }
  if (problems.length > 0) return err('invalid_tracking_templates', `TRACKING_URL_TEMPLATES: ${problems.join('; ')}`);
  return ok(templates);
}

function templateProblem(template: string): string | null {
  if (!template.startsWith('https://')) return `"${template}" must start with https://`;
  if (!template.includes(placeholder)) return `"${template}" has no ${placeholder} to put the number in`;
  if (/\s/.test(template)) return `"${template}" contains a space`;
  if (!URL.canParse(template.split(placeholder).join('0'))) return `"${template}" is not a web address`;
  return null;
}
