import type { AccountDetail, Address, UpdateAccountBody } from '@hylle/contracts';

/** Form state for company data: plain strings, converted to the API's nullables on submit. */
export interface CompanyDraft {
  name: string;
  organisationNumber: string;
  customerReference: string;
  postalAddress: Address;
  payOnInvoiceAllowed: boolean;
}

export function emptyCompanyDraft(country: string): CompanyDraft {
  return {
    name: '',
    organisationNumber: '',
    customerReference: '',
    postalAddress: { line1: '', line2: '', postalCode: '', city: '', country },
    payOnInvoiceAllowed: false,
  };
}

export function draftFromAccount(account: AccountDetail, country: string): CompanyDraft {
  return {
    name: account.name,
    organisationNumber: account.organisationNumber,
    customerReference: account.customerReference ?? '',
    postalAddress: account.postalAddress ?? emptyCompanyDraft(country).postalAddress,
    payOnInvoiceAllowed: account.payOnInvoiceAllowed,
  };
}

/** An empty customer reference means "remove it" (ACC-8); a blank address means "none". */
export function companyBody(draft: CompanyDraft): Required<UpdateAccountBody> {
  const address = draft.postalAddress;
  const blank = [address.line1, address.line2, address.postalCode, address.city].every((part) => part.trim() === '');
  return {
    name: draft.name.trim(),
    organisationNumber: draft.organisationNumber.trim(),
    customerReference: draft.customerReference.trim() === '' ? null : draft.customerReference.trim(),
    postalAddress: blank ? null : address,
    payOnInvoiceAllowed: draft.payOnInvoiceAllowed,
  };
}
