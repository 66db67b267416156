/**
 * The library module (issue 5, LIB-1…LIB-6): the library-system side of a customer account,
 * with its own staff. Borrower groups, material groups and loan profiles, checked on save;
 * the decision engine (`domain/`) and its explanations; the policy tester.
 */
export { libraryRoutes } from './library.routes.ts';
export { deskRoutes } from './desk.routes.ts';
export { enableLibrary } from './enable-library.ts';
export { addLibraryStaff } from './add-library-staff.ts';
export { addBorrowerGroup } from './add-borrower-group.ts';
export { createMaterialGroup } from './create-material-group.ts';
export { saveLoanProfile } from './save-loan-profile.ts';
export { importBorrowers } from './import-borrowers.ts';
export { importItems } from './import-items.ts';
export { getLibraryDirectory } from './get-library-directory.ts';
