import { useState, type FormEvent } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Link, useLocation, useNavigate } from 'react-router';
import type { SearchResponse } from '@hylle/contracts';
import { apiGet } from '../shared/api.ts';
import { useFormatters } from '../shared/format.ts';
import { useT } from '../shared/i18n/use-t.ts';
import { currentMembership, useSession } from '../shared/session.ts';
import { StatusMessage } from '../shared/ui/status-message.tsx';
import { useDocumentTitle } from '../shared/use-document-title.ts';
import { catalogKeys } from './catalog/catalog-keys.ts';

export function HomePage() {
  const t = useT();
  const session = useSession();
  const location = useLocation();
  const membership = currentMembership(session);
  const signedOut = (location.state as { signedOut?: boolean } | null)?.signedOut === true && !session.user;
  useDocumentTitle(session.store.name);

  return (
    <div className="stack">
      <StatusMessage message={signedOut ? t('app.signedOut') : ''} />
      <section className="hero">
        <h1>{t('home.title', { store: session.store.name })}</h1>
        <p className="lead">{t('home.lead')}</p>
        {session.user && membership ? (
          <p>{t('home.signedInLead', { account: membership.customerNumber ? `${membership.accountName} (${membership.customerNumber})` : membership.accountName })}</p>
        ) : null}
        <HeroSearch />
        {session.user ? (
          session.user.isStaff ? (
            <Link to="/backoffice" className="button button--secondary">
              {t('home.goToBackoffice')}
            </Link>
          ) : (
            <Link to="/min-side" className="button button--secondary">
              {t('home.goToMyPage')}
            </Link>
          )
        ) : (
          <Link to="/logg-inn" className="button button--secondary">
            {t('home.signInCta')}
          </Link>
        )}
      </section>
    </div>
  );
}

/** Search first: the catalogue's size in the label, a few ways in below. */
function HeroSearch() {
  const t = useT();
  const format = useFormatters();
  const navigate = useNavigate();
  const [query, setQuery] = useState('');
  const size = useQuery({
    queryKey: catalogKeys.size,
    queryFn: ({ signal }) => apiGet<SearchResponse>('/api/catalog/search?pageSize=1', signal),
    select: (answer) => answer.total,
    staleTime: 5 * 60_000,
    retry: false,
  });
  const label = size.data ? t('home.searchTitle', { count: format.count(size.data) }) : t('app.searchLabel');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const q = query.trim();
    void navigate(q ? `/search?${new URLSearchParams({ q })}` : '/search');
  };

  return (
    <div className="hero-search">
      <form role="search" aria-label={label} onSubmit={submit}>
        <label htmlFor="home-search" className="hero-search__label">
          {label}
        </label>
        <div className="hero-search__row">
          <input id="home-search" type="search" value={query} onChange={(event) => setQuery(event.target.value)} placeholder={t('app.searchPlaceholder')} />
          <button type="submit" className="button">
            {t('app.searchButton')}
          </button>
        </div>
      </form>
      <ul className="quick-links" aria-label={t('home.waysIn')}>
        <li>
          <Link to="/search?sort=newest">{t('home.browseNewest')}</Link>
        </li>
        <li>
          <Link to="/search?availability=forthcoming">{t('home.browseForthcoming')}</Link>
        </li>
        <li>
          <Link to="/search?audience=youth">{t('home.browseYouth')}</Link>
        </li>
        <li>
          <Link to="/search?genre=nonfiction">{t('home.browseNonfiction')}</Link>
        </li>
      </ul>
    </div>
  );
}
