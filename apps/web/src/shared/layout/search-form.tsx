import { useState, type FormEvent, type KeyboardEvent } from 'react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useLocation, useNavigate, useSearchParams } from 'react-router';
import type { Suggestion, SuggestResponse } from '@hylle/contracts';
import { apiGet } from '../api.ts';
import type { MessageKey } from '../i18n/nb.ts';
import { useT } from '../i18n/use-t.ts';
import { useDebouncedValue } from '../use-debounced-value.ts';

const KIND_KEYS: Record<Suggestion['kind'], MessageKey> = {
  title: 'suggest.kind.title',
  contributor: 'suggest.kind.contributor',
  series: 'suggest.kind.series',
};

const LISTBOX_ID = 'site-search-suggestions';
const optionId = (index: number) => `site-search-suggestion-${index}`;
/** Fewer letters than this match too much to help. */
const MIN_LETTERS = 2;

/**
 * The header's search box, with suggestions as the user types: an ARIA 1.2 combobox
 * (input + listbox). Focus stays in the input; the arrow keys move through the list
 * (aria-activedescendant), Enter picks the highlighted suggestion or searches for the
 * text, Escape closes the list (and, pressed again, clears the text). A title opens its
 * product page; a person or a series runs a search.
 */
export function SearchForm() {
  const t = useT();
  const navigate = useNavigate();
  const location = useLocation();
  const [params] = useSearchParams();
  // On the search page the box shows the search's query, also after back/forward.
  const urlQuery = location.pathname === '/search' ? (params.get('q') ?? '') : null;
  const [query, setQuery] = useState(urlQuery ?? '');
  const [syncedQuery, setSyncedQuery] = useState(urlQuery);
  if (urlQuery !== syncedQuery) {
    setSyncedQuery(urlQuery);
    if (urlQuery !== null) setQuery(urlQuery);
  }
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);

  const typed = useDebouncedValue(query.trim(), 120);
  const wanted = open && typed.length >= MIN_LETTERS;
  const suggest = useQuery({
    queryKey: ['catalog', 'suggest', typed],
    // The signal aborts the request as soon as a newer text replaces this one.
    queryFn: ({ signal }) => apiGet<SuggestResponse>(`/api/catalog/suggest?${new URLSearchParams({ q: typed, limit: '8' })}`, signal),
    enabled: wanted,
    staleTime: 30_000,
    retry: false,
    placeholderData: keepPreviousData,
  });
  const suggestions = wanted && query.trim().length >= MIN_LETTERS ? (suggest.data?.suggestions ?? []) : [];
  const expanded = suggestions.length > 0;
  const activeIndex = active < suggestions.length ? active : -1;

  const close = () => {
    setOpen(false);
    setActive(-1);
  };

  const choose = (suggestion: Suggestion) => {
    close();
    if (suggestion.kind === 'title' && suggestion.productId) {
      setQuery(suggestion.text);
      void navigate(`/produkt/${encodeURIComponent(suggestion.productId)}`);
    } else if (suggestion.kind === 'series') {
      setQuery('');
      void navigate(`/search?${new URLSearchParams({ series: suggestion.text })}`);
    } else {
      setQuery(suggestion.text);
      void navigate(`/search?${new URLSearchParams({ q: suggestion.text })}`);
    }
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    close();
    const q = query.trim();
    void navigate(q ? `/search?${new URLSearchParams({ q })}` : '/search');
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const count = suggestions.length;
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        if (!open) setOpen(true);
        if (count > 0) setActive(activeIndex + 1 >= count ? 0 : activeIndex + 1);
        break;
      case 'ArrowUp':
        event.preventDefault();
        if (!open) setOpen(true);
        if (count > 0) setActive(activeIndex <= 0 ? count - 1 : activeIndex - 1);
        break;
      case 'Enter': {
        const chosen = expanded && activeIndex >= 0 ? suggestions[activeIndex] : undefined;
        if (chosen) {
          event.preventDefault();
          choose(chosen);
        }
        break;
      }
      case 'Escape':
        if (expanded) {
          event.preventDefault();
          close();
        } else if (query) {
          event.preventDefault();
          setQuery('');
        }
        break;
      case 'Tab':
        close();
        break;
    }
  };

  return (
    <form role="search" className="search-form" onSubmit={submit}>
      <label htmlFor="site-search" className="visually-hidden">
        {t('app.searchLabel')}
      </label>
      <div className="combobox">
        <input
          id="site-search"
          type="search"
          name="q"
          role="combobox"
          aria-expanded={expanded}
          aria-controls={LISTBOX_ID}
          aria-autocomplete="list"
          aria-activedescendant={expanded && activeIndex >= 0 ? optionId(activeIndex) : undefined}
          autoComplete="off"
          spellCheck={false}
          value={query}
          onChange={(event) => {
            setQuery(event.target.value);
            setOpen(true);
            setActive(-1);
          }}
          onKeyDown={onKeyDown}
          onBlur={close}
          placeholder={t('app.searchPlaceholder')}
        />
        <ul id={LISTBOX_ID} role="listbox" aria-label={t('suggest.listLabel')} className="combobox__list" hidden={!expanded}>
          {suggestions.map((suggestion, index) => (
            <li
              key={`${suggestion.kind}:${suggestion.productId ?? suggestion.text}`}
              id={optionId(index)}
              role="option"
              aria-selected={index === activeIndex}
              className={index === activeIndex ? 'combobox__option combobox__option--active' : 'combobox__option'}
              // Keep focus in the input: a click must not blur it (which would close the list first).
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => choose(suggestion)}
            >
              <span className="combobox__text">
                <Highlighted text={suggestion.text} match={query.trim()} />
              </span>
              <span className="combobox__kind">{t(KIND_KEYS[suggestion.kind])}</span>
            </li>
          ))}
        </ul>
        <span role="status" className="visually-hidden">
          {expanded ? t('suggest.count', { count: suggestions.length }) : ''}
        </span>
      </div>
      <button type="submit" className="button button--on-dark">
        {t('app.searchButton')}
      </button>
    </form>
  );
}

/** The suggestion with the typed letters in bold, where they occur. */
function Highlighted({ text, match }: { text: string; match: string }) {
  const at = match ? text.toLocaleLowerCase().indexOf(match.toLocaleLowerCase()) : -1;
  if (at < 0) return text;
  return (
    <>
      {text.slice(0, at)}
      <mark>{text.slice(at, at + match.length)}</mark>
      {text.slice(at + match.length)}
    </>
  );
}
