import type { ReactNode } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Link, useLocation, useParams } from 'react-router';
import type { ProductDetail } from '@hylle/contracts';
import { ApiError } from '../shared/api-error.ts';
import { apiGet } from '../shared/api.ts';
import { useFormatters } from '../shared/format.ts';
import { useT } from '../shared/i18n/use-t.ts';
import { currentMembership, useSession } from '../shared/session.ts';
import { Loading } from '../shared/ui/loading.tsx';
import { QueryError } from '../shared/ui/query-error.tsx';
import { useDocumentTitle } from '../shared/use-document-title.ts';
import { AvailabilityBadge, useAvailabilityText } from './catalog/availability-badge.tsx';
import { catalogKeys } from './catalog/catalog-keys.ts';
import { contributorLine } from './catalog/contributors.ts';
import { AUDIENCE_KEYS, FORM_KEYS, GENRE_KEYS } from './catalog/labels.ts';
import { languageName, languageTag } from './catalog/language-name.ts';
import { OrderedBeforeBadge } from './catalog/ordered-before-badge.tsx';
import { PriceBlock } from './catalog/price-block.tsx';
import { searchHref, emptyFilters } from './catalog/search-state.ts';
import { useOrderedBefore } from './catalog/use-ordered-before.ts';
import { useViewer } from './catalog/use-viewer.ts';
import { AddToCartForm } from './cart/add-to-cart-form.tsx';

/** One title with every fact the catalogue has, and the price the signed-in account pays. */
export function ProductPage() {
  const { idOrIsbn = '' } = useParams();
  const t = useT();
  const viewer = useViewer();
  const product = useQuery({
    queryKey: catalogKeys.product(viewer, idOrIsbn),
    queryFn: ({ signal }) => apiGet<ProductDetail>(`/api/catalog/products/${encodeURIComponent(idOrIsbn)}`, signal),
  });
  if (product.isError && product.error instanceof ApiError && product.error.status === 404) return <ProductNotFound />;
  if (product.isPending || product.isError) {
    return (
      <div className="stack">
        {product.isPending ? <Loading /> : <QueryError error={product.error} onRetry={() => void product.refetch()} />}
        <p>
          <Link to="/search">{t('product.toSearch')}</Link>
        </p>
      </div>
    );
  }
  return <ProductView product={product.data} />;
}

function ProductNotFound() {
  const t = useT();
  useDocumentTitle(t('product.notFoundTitle'));
  return (
    <div className="narrow">
      <h1>{t('product.notFoundTitle')}</h1>
      <p>{t('product.notFoundBody')}</p>
      <p>
        <Link to="/search" className="button">
          {t('product.toSearch')}
        </Link>
      </p>
    </div>
  );
}

function ProductView({ product }: { product: ProductDetail }) {
  const t = useT();
  const format = useFormatters();
  const session = useSession();
  const location = useLocation();
  const availabilityText = useAvailabilityText();
  useDocumentTitle(product.title);
  const fromSearch = (location.state as { fromSearch?: unknown } | null)?.fromSearch;
  const backTo = typeof fromSearch === 'string' && fromSearch.startsWith('/search') ? fromSearch : null;
  const lang = languageTag(product.language);
  const member = session.user !== null && currentMembership(session) !== undefined;
  const orderedBefore = useOrderedBefore([product.id]);
  const seriesLink = product.series ? searchHref({ q: '', filters: { ...emptyFilters(), series: [product.series.name] }, sort: undefined, page: 1 }) : null;

  const facts: { label: string; value: ReactNode; key: string }[] = [];
  const add = (key: string, label: string, value: ReactNode | null | undefined) => {
    if (value !== null && value !== undefined && value !== '') facts.push({ key, label, value });
  };
  add('contributors', t('product.contributors'), product.contributors.length > 0 ? contributorLine(t, product.contributors, true) : null);
  add('publisher', t('product.publisher'), product.publisher);
  add('releaseDate', t('product.releaseDate'), product.releaseDate ? format.calendarDate(product.releaseDate) : null);
  add('format', t('product.format'), product.formCode ? t('product.formWithCode', { form: t(FORM_KEYS[product.form]), code: product.formCode }) : t(FORM_KEYS[product.form]));
  add('language', t('product.language'), product.language ? languageName(product.language, format.locales) : null);
  add(
    'series',
    t('product.series'),
    product.series && seriesLink ? (
      <>
        <Link to={seriesLink}>{product.series.name}</Link>
        {product.series.number ? ` ${t('product.seriesNumber', { number: product.series.number })}` : null}
      </>
    ) : null,
  );
  add('audience', t('product.audience'), t(AUDIENCE_KEYS[product.audience]));
  add('genre', t('product.genre'), t(GENRE_KEYS[product.genre]));
  add('thema', t('product.thema'), product.themaCodes.length > 0 ? product.themaCodes.join(', ') : null);
  add('keywords', t('product.keywords'), product.keywords.length > 0 ? product.keywords.join(', ') : null);
  add('isbn13', 'ISBN-13', product.isbn);
  add('isbn10', 'ISBN-10', product.isbn10);
  add('availability', t('product.availability'), availabilityText(product.availability));

  return (
    <div className="stack">
      {backTo ? (
        <p>
          <Link to={backTo}>← {t('product.backToResults')}</Link>
        </p>
      ) : null}
      <article className="product" aria-labelledby="product-title">
        <div className="product__cover">
          <img src={product.coverUrl} alt="" width={240} height={360} decoding="async" />
        </div>
        <div className="product__main">
          <p className="product__form">{t(FORM_KEYS[product.form])}</p>
          <h1 id="product-title" lang={lang}>
            {product.title}
          </h1>
          {product.subtitle ? (
            <p className="product__subtitle" lang={lang}>
              {product.subtitle}
            </p>
          ) : null}
          {product.contributors.length > 0 ? <p className="product__contributors">{contributorLine(t, product.contributors)}</p> : null}
          <AvailabilityBadge availability={product.availability} />
          <OrderedBeforeBadge entry={orderedBefore.get(product.id)} isbn={product.isbn} />
          <PriceBlock price={product.price} variant="full" returnTo={`${location.pathname}${location.search}`} />
          <div className="product__actions">{member ? <AddToCartForm product={product} /> : null}</div>
        </div>
      </article>

      {product.description ? (
        <section className="section" aria-labelledby="description-title">
          <h2 id="description-title">{t('product.description')}</h2>
          <div className="product__description" lang={lang}>
            {product.description.split(/\n{2,}/).map((paragraph, index) => (
              <p key={index}>{paragraph}</p>
            ))}
          </div>
        </section>
      ) : null}

      <section className="section" aria-labelledby="details-title">
        <h2 id="details-title">{t('product.details')}</h2>
        <dl className="facts product__facts">
          {facts.map((fact) => (
            <div key={fact.key}>
              <dt>{fact.label}</dt>
              <dd>{fact.value}</dd>
            </div>
          ))}
        </dl>
      </section>
    </div>
  );
}
