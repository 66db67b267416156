import { Link } from 'react-router';
import type { OrderedBefore, ProductSummary } from '@hylle/contracts';
import { useFormatters, yearOf } from '../../shared/format.ts';
import { useT } from '../../shared/i18n/use-t.ts';
import { HitAddToCart } from '../cart/hit-add-to-cart.tsx';
import { AvailabilityBadge } from './availability-badge.tsx';
import { contributorLine } from './contributors.ts';
import { languageName, languageTag } from './language-name.ts';
import { OrderedBeforeBadge } from './ordered-before-badge.tsx';
import { FORM_KEYS } from './labels.ts';
import { PriceBlock } from './price-block.tsx';

export function productPath(product: Pick<ProductSummary, 'isbn'>): string {
  return `/produkt/${encodeURIComponent(product.isbn)}`;
}

/** "Harry Potter 3" or "Harry Potter". */
export function seriesText(series: NonNullable<ProductSummary['series']>): string {
  return series.number ? `${series.name} ${series.number}` : series.name;
}

interface Props {
  hit: ProductSummary;
  /** The search page's own address, to come back to from the product and after sign-in. */
  returnTo: string;
  /** Members buy from the list: "Legg i handlekurv" on each hit. */
  canBuy: boolean;
  /** What the account has ordered of the title before, when it has. */
  orderedBefore: OrderedBefore | undefined;
}

export function SearchHit({ hit, returnTo, canBuy, orderedBefore }: Props) {
  const t = useT();
  const format = useFormatters();
  const year = yearOf(hit.releaseDate);
  const meta = [t(FORM_KEYS[hit.form]), year, hit.language ? languageName(hit.language, format.locales) : null, hit.publisher].filter(Boolean);
  return (
    <li className="hit">
      <img className="hit__cover" src={hit.coverUrl} alt="" width={80} height={120} loading="lazy" decoding="async" />
      <div className="hit__body">
        <h3 className="hit__title" lang={languageTag(hit.language)}>
          <Link to={productPath(hit)} state={{ fromSearch: returnTo }}>
            {hit.title}
          </Link>
        </h3>
        {hit.subtitle ? (
          <p className="hit__subtitle" lang={languageTag(hit.language)}>
            {hit.subtitle}
          </p>
        ) : null}
        {hit.contributors.length > 0 ? <p className="hit__contributors">{contributorLine(t, hit.contributors)}</p> : null}
        <p className="hit__meta">{meta.join(' · ')}</p>
        {hit.series ? <p className="hit__series">{t('search.inSeries', { series: seriesText(hit.series) })}</p> : null}
        <AvailabilityBadge availability={hit.availability} />
        <OrderedBeforeBadge entry={orderedBefore} />
      </div>
      <div className="hit__aside">
        <PriceBlock price={hit.price} variant="compact" returnTo={returnTo} />
        <div className="hit__actions">{canBuy ? <HitAddToCart product={hit} /> : null}</div>
      </div>
    </li>
  );
}
