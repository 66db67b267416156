import { useState, type FormEvent } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { useT } from '../i18n/use-t.ts';

export function SearchForm() {
  const t = useT();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [query, setQuery] = useState(params.get('q') ?? '');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    navigate(`/search?q=${encodeURIComponent(query.trim())}`);
  };

  return (
    <form role="search" className="search-form" onSubmit={submit}>
      <label htmlFor="site-search" className="visually-hidden">
        {t('app.searchLabel')}
      </label>
      <input id="site-search" type="search" name="q" value={query} onChange={(event) => setQuery(event.target.value)} placeholder={t('app.searchPlaceholder')} />
      <button type="submit" className="button button--on-dark">
        {t('app.searchButton')}
      </button>
    </form>
  );
}
