import { describe, expect, it } from 'vitest';
import { companyBody, emptyCompanyDraft } from './company-draft.ts';

describe('companyBody', () => {
  it('turns an empty customer reference and a blank address into null', () => {
    const body = companyBody({ ...emptyCompanyDraft('NO'), name: ' Tromsø bibliotek ', organisationNumber: '974 760 673', customerReference: '  ' });
    expect(body).toEqual({
      name: 'Tromsø bibliotek',
      organisationNumber: '974 760 673',
      customerReference: null,
      postalAddress: null,
      payOnInvoiceAllowed: false,
    });
  });

  it('keeps a filled-in address', () => {
    const draft = emptyCompanyDraft('NO');
    draft.postalAddress = { line1: 'Grønnegata 94', line2: '', postalCode: '9008', city: 'Tromsø', country: 'NO' };
    expect(companyBody({ ...draft, customerReference: 'BIB-1' }).postalAddress?.city).toBe('Tromsø');
  });
});
