import { useId, useState } from 'react';
import type { SearchFacets as Facets } from '@hylle/contracts';
import { useFormatters } from '../../shared/format.ts';
import type { MessageKey } from '../../shared/i18n/nb.ts';
import { useLanguage } from '../../shared/i18n/use-t.ts';
import { languageName } from './language-name.ts';
import { AUDIENCE_KEYS, AVAILABILITY_KEYS, FORM_KEYS, GENRE_KEYS } from './labels.ts';
import { FACET_KEYS, type FacetKey, type SearchState } from './search-state.ts';

const GROUP_KEYS: Record<FacetKey, MessageKey> = {
  form: 'search.facet.form',
  language: 'search.facet.language',
  audience: 'search.facet.audience',
  genre: 'search.facet.genre',
  year: 'search.facet.year',
  availability: 'search.facet.availability',
  series: 'search.facet.series',
};

/** How many values a group shows before "Vis flere", and at most. */
const SHOWN: Partial<Record<FacetKey, { first: number; max: number }>> = {
  language: { first: 8, max: 50 },
  year: { first: 6, max: 50 },
  series: { first: 8, max: 20 },
};

type Option = { value: string; count: number };

/** The facet's values with counts; a chosen value the answer no longer lists stays, with 0, so it can be unchosen. */
function optionsFor(key: FacetKey, facets: Facets | undefined, chosen: readonly string[]): Option[] {
  const listed: Option[] = (facets?.[key] ?? []).map((entry: { value: string | number; count: number }) => ({ value: String(entry.value), count: entry.count }));
  const missing = chosen.filter((value) => !listed.some((option) => option.value === value)).map((value) => ({ value, count: 0 }));
  return [...listed, ...missing];
}

interface Props {
  state: SearchState;
  facets: Facets | undefined;
  onToggle: (key: FacetKey, value: string) => void;
}

export function SearchFacets({ state, facets, onToggle }: Props) {
  return (
    <div className="facets">
      {FACET_KEYS.map((key) => {
        const options = optionsFor(key, facets, state.filters[key]);
        if (options.length === 0) return null;
        return <FacetGroup key={key} facetKey={key} options={options} chosen={state.filters[key]} onToggle={onToggle} />;
      })}
    </div>
  );
}

function FacetGroup({ facetKey, options, chosen, onToggle }: { facetKey: FacetKey; options: Option[]; chosen: readonly string[]; onToggle: Props['onToggle'] }) {
  const { t } = useLanguage();
  const format = useFormatters();
  const filterLabel = useFilterLabel();
  const idPrefix = useId();
  const [expanded, setExpanded] = useState(false);
  const limits = SHOWN[facetKey];
  const capped = limits ? options.slice(0, Math.max(limits.max, options.filter((o) => chosen.includes(o.value)).length)) : options;
  // Chosen values are always visible, even when they would fall below "Vis flere"; a button
  // that would reveal only one or two more is not worth its click.
  const folds = limits !== undefined && capped.length > limits.first + 2;
  const visible = limits && folds && !expanded ? capped.filter((option, index) => index < limits.first || chosen.includes(option.value)) : capped;
  const hiddenCount = capped.length - visible.length;

  const label = (value: string) => filterLabel(facetKey, value);

  return (
    <fieldset className="facet">
      <legend>{t(GROUP_KEYS[facetKey])}</legend>
      <ul id={`${idPrefix}-list`}>
        {visible.map((option, index) => {
          const id = `${idPrefix}-${index}`;
          const checked = chosen.includes(option.value);
          return (
            <li key={option.value} className="facet__option">
              <input id={id} type="checkbox" checked={checked} onChange={() => onToggle(facetKey, option.value)} />
              <label htmlFor={id}>
                <span className="facet__label">{label(option.value)}</span> <span className="facet__count">{format.count(option.count)}</span>
              </label>
            </li>
          );
        })}
      </ul>
      {folds && (hiddenCount > 0 || expanded) ? (
        <button type="button" className="button button--link facet__more" aria-expanded={expanded} aria-controls={`${idPrefix}-list`} onClick={() => setExpanded(!expanded)}>
          {expanded ? t('search.showFewer') : t('search.showMore', { count: hiddenCount })}
        </button>
      ) : null}
    </fieldset>
  );
}

/** The label of a chosen filter value, for the list of active filters above the results. */
export function useFilterLabel() {
  const { t } = useLanguage();
  const format = useFormatters();
  return (key: FacetKey, value: string): string => {
    if (key === 'form' && value in FORM_KEYS) return t(FORM_KEYS[value as keyof typeof FORM_KEYS]);
    if (key === 'audience' && value in AUDIENCE_KEYS) return t(AUDIENCE_KEYS[value as keyof typeof AUDIENCE_KEYS]);
    if (key === 'genre' && value in GENRE_KEYS) return t(GENRE_KEYS[value as keyof typeof GENRE_KEYS]);
    if (key === 'availability' && value in AVAILABILITY_KEYS) return t(AVAILABILITY_KEYS[value as keyof typeof AVAILABILITY_KEYS]);
    if (key === 'language') return languageName(value, format.locales);
    return value;
  };
}
