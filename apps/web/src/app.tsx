import { createBrowserRouter, Navigate, RouterProvider } from 'react-router';
import { AccountDetailPage } from './backoffice/account-detail-page.tsx';
import { AccountsPage } from './backoffice/accounts-page.tsx';
import { AuditLogPage } from './backoffice/audit-log-page.tsx';
import { BackofficeLayout } from './backoffice/backoffice-layout.tsx';
import { CataloguePage } from './backoffice/catalogue-page.tsx';
import { DeadJobsPage } from './backoffice/dead-jobs-page.tsx';
import { ImportDetailPage } from './backoffice/import-detail-page.tsx';
import { NewAccountPage } from './backoffice/new-account-page.tsx';
import { ErpExportPage } from './backoffice/orders/erp-export-page.tsx';
import { OrderDetailPage } from './backoffice/orders/order-detail-page.tsx';
import { OrderImportPage } from './backoffice/orders/order-import-page.tsx';
import { OrdersPage } from './backoffice/orders/orders-page.tsx';
import { RequireStaff } from './backoffice/require-staff.tsx';
import { BorrowerGroupsPage } from './library/admin/borrower-groups-page.tsx';
import { LibraryRulesPage } from './library/admin/library-rules-page.tsx';
import { PolicyTesterPage } from './library/admin/policy-tester-page.tsx';
import { LibraryDeskPage } from './library/desk/library-desk-page.tsx';
import { LibraryImportPage } from './library/desk/library-import-page.tsx';
import { LibrariesPage } from './library/libraries-page.tsx';
import { LibraryLayout } from './library/library-layout.tsx';
import { RequireLibraryAdmin } from './library/require-library-admin.tsx';
import { BudgetPage } from './my-page/budget-page.tsx';
import { CompanyPage } from './my-page/company-page.tsx';
import { DeliveryAddressesPage } from './my-page/delivery-addresses-page.tsx';
import { DistributionPage } from './my-page/distribution-page.tsx';
import { MembersPage } from './my-page/members-page.tsx';
import { MyPageLayout } from './my-page/my-page-layout.tsx';
import { MyOrderDetailPage } from './my-page/orders/order-detail-page.tsx';
import { MyOrdersPage } from './my-page/orders/orders-page.tsx';
import { ProfilePage } from './my-page/profile-page.tsx';
import { SessionGate } from './shared/session-gate.tsx';
import { AppShell } from './shared/layout/app-shell.tsx';
import { ErrorPage } from './shared/pages/error-page.tsx';
import { NotFoundPage } from './shared/pages/not-found-page.tsx';
import { RequireUser } from './shared/pages/require-user.tsx';
import { CartPage } from './storefront/cart-page.tsx';
import { CheckoutPage } from './storefront/checkout/checkout-page.tsx';
import { ConfirmationPage } from './storefront/checkout/confirmation-page.tsx';
import { HomePage } from './storefront/home-page.tsx';
import { ProductPage } from './storefront/product-page.tsx';
import { SearchPage } from './storefront/search-page.tsx';
import { SignInPage } from './storefront/sign-in/sign-in-page.tsx';

const router = createBrowserRouter([
  {
    element: <AppShell />,
    errorElement: <ErrorPage />,
    children: [
      {
        // A pathless boundary inside the shell: a crashing page keeps header and footer.
        errorElement: <ErrorPage />,
        children: [
          { index: true, element: <HomePage /> },
          { path: 'search', element: <SearchPage /> },
          { path: 'produkt/:idOrIsbn', element: <ProductPage /> },
          { path: 'handlekurv', element: <CartPage /> },
          {
            path: 'kasse',
            element: (
              <RequireUser>
                <CheckoutPage />
              </RequireUser>
            ),
          },
          {
            path: 'bestilling/:id/bekreftet',
            element: (
              <RequireUser>
                <ConfirmationPage />
              </RequireUser>
            ),
          },
          { path: 'logg-inn', element: <SignInPage /> },
          {
            path: 'min-side',
            element: (
              <RequireUser>
                <MyPageLayout />
              </RequireUser>
            ),
            children: [
              { index: true, element: <ProfilePage /> },
              { path: 'bedrift', element: <CompanyPage /> },
              { path: 'leveringsadresser', element: <DeliveryAddressesPage /> },
              { path: 'brukere', element: <MembersPage /> },
              { path: 'budsjett', element: <BudgetPage /> },
              { path: 'fordeling', element: <DistributionPage /> },
              { path: 'bestillinger', element: <MyOrdersPage /> },
              { path: 'bestillinger/:id', element: <MyOrderDetailPage /> },
            ],
          },
          {
            path: 'backoffice',
            element: (
              <RequireStaff>
                <BackofficeLayout />
              </RequireStaff>
            ),
            children: [
              { index: true, element: <AccountsPage /> },
              { path: 'accounts/new', element: <NewAccountPage /> },
              { path: 'accounts/:id', element: <AccountDetailPage /> },
              { path: 'ordrer', element: <OrdersPage /> },
              { path: 'ordrer/eksport', element: <ErpExportPage /> },
              { path: 'ordrer/import', element: <OrderImportPage /> },
              { path: 'ordrer/:id', element: <OrderDetailPage /> },
              { path: 'catalogue', element: <CataloguePage /> },
              { path: 'catalogue/imports/:id', element: <ImportDetailPage /> },
              { path: 'jobs', element: <DeadJobsPage /> },
              { path: 'audit-log', element: <AuditLogPage /> },
            ],
          },
          {
            path: 'bibliotek',
            element: (
              <RequireUser>
                <LibrariesPage />
              </RequireUser>
            ),
          },
          {
            path: 'bibliotek/:libraryId',
            element: (
              <RequireUser>
                <LibraryLayout />
              </RequireUser>
            ),
            children: [
              { index: true, element: <Navigate to="skranke" replace /> },
              { path: 'skranke', element: <LibraryDeskPage /> },
              {
                path: 'import',
                element: (
                  <RequireLibraryAdmin>
                    <LibraryImportPage />
                  </RequireLibraryAdmin>
                ),
              },
              {
                path: 'admin',
                element: (
                  <RequireLibraryAdmin>
                    <LibraryRulesPage />
                  </RequireLibraryAdmin>
                ),
              },
              {
                path: 'admin/lanergrupper',
                element: (
                  <RequireLibraryAdmin>
                    <BorrowerGroupsPage />
                  </RequireLibraryAdmin>
                ),
              },
              {
                path: 'admin/test',
                element: (
                  <RequireLibraryAdmin>
                    <PolicyTesterPage />
                  </RequireLibraryAdmin>
                ),
              },
            ],
          },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
]);

export function App() {
  return (
    <SessionGate>
      <RouterProvider router={router} />
    </SessionGate>
  );
}
