import { describe, expect, it } from 'vitest';
import { defaultTrackingTemplates, parseTrackingTemplates, trackingUrl } from './tracking-links.ts';

describe('trackingUrl', () => {
  it('puts the waybill number into the carrier’s template', () => {
    expect(trackingUrl(defaultTrackingTemplates, 'posten_bring', '70712345678901234')).toBe('https://sporing.posten.no/sporing/70712345678901234');
    expect(trackingUrl(defaultTrackingTemplates, 'postnord', '00370726200000000123')).toBe('https://tracking.postnord.com/no/?id=00370726200000000123');
    expect(trackingUrl(defaultTrackingTemplates, 'db_schenker', '1806203236')).toBe(
      'https://www.dbschenker.com/app/tracking-public/?refNumber=1806203236',
    );
  });

  it('URL-encodes the number, so it cannot change the address', () => {
    expect(trackingUrl({ other: 'https://track.example.no/?n={waybill}' }, 'other', 'AB 12/3?x=1&y#')).toBe(
      'https://track.example.no/?n=AB%2012%2F3%3Fx%3D1%26y%23',
    );
  });

  it('fills every {waybill} and trims the number', () => {
    expect(trackingUrl({ other: 'https://t.example/{waybill}?again={waybill}' }, 'other', ' 123 ')).toBe('https://t.example/123?again=123');
  });

  it('gives no link without a template or a number', () => {
    expect(trackingUrl(defaultTrackingTemplates, 'other', '123')).toBeNull();
    expect(trackingUrl({}, 'posten_bring', '123')).toBeNull();
    expect(trackingUrl(defaultTrackingTemplates, 'posten_bring', '   ')).toBeNull();
  });

  it('has https defaults with a place for the number', () => {
    for (const template of Object.values(defaultTrackingTemplates)) {
      expect(template).toMatch(/^https:\/\/[^\s]+\{waybill\}/);
    }
  });
});

describe('parseTrackingTemplates', () => {
  it('gives the defaults when the variable is unset or empty', () => {
    expect(parseTrackingTemplates(undefined)).toEqual({ ok: true, value: defaultTrackingTemplates });
    expect(parseTrackingTemplates('  ')).toEqual({ ok: true, value: defaultTrackingTemplates });
  });

  it('replaces, adds and removes templates per carrier', () => {
    const parsed = parseTrackingTemplates(
      'posten_bring=https://tracking.bring.com/tracking/{waybill}; other=https://spor.example.no/?id={waybill}&lang=no;collicare=;',
    );
    expect(parsed).toEqual({
      ok: true,
      value: {
        posten_bring: 'https://tracking.bring.com/tracking/{waybill}',
        postnord: defaultTrackingTemplates.postnord,
        db_schenker: defaultTrackingTemplates.db_schenker,
        other: 'https://spor.example.no/?id={waybill}&lang=no',
      },
    });
  });

  it('refuses templates that are not https or have no {waybill}, naming each mistake', () => {
    const parsed = parseTrackingTemplates('posten_bring=http://sporing.posten.no/{waybill};postnord=https://tracking.postnord.com/no/;dhl=https://x/{waybill};other');
    expect(parsed).toEqual({
      ok: false,
      code: 'invalid_tracking_templates',
      detail:
        'TRACKING_URL_TEMPLATES: posten_bring: "http://sporing.posten.no/{waybill}" must start with https://; ' +
        'postnord: "https://tracking.postnord.com/no/" has no {waybill} to put the number in; ' +
        'unknown carrier "dhl" (use posten_bring, postnord, db_schenker, collicare, other); ' +
        '"other" is not carrier=template',
    });
  });

  it('refuses a carrier given twice and a template that is not an address', () => {
    expect(parseTrackingTemplates('other=https://a/{waybill};other=https://b/{waybill}')).toMatchObject({
      ok: false,
      detail: 'TRACKING_URL_TEMPLATES: other is given twice',
    });
    expect(parseTrackingTemplates('other=https://exa mple/{waybill}')).toMatchObject({ ok: false, detail: expect.stringContaining('contains a space') });
    expect(parseTrackingTemplates('other=https://[/{waybill}')).toMatchObject({ ok: false, detail: expect.stringContaining('is not a web address') });
  });
});
