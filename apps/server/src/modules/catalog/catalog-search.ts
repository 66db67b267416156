import type { Logger } from 'pino';
import type { Database } from '../../platform/db.ts';
import type { Audience, AvailabilityStatus, Genre, ProductForm } from './domain/product.ts';
import { SearchIndex, type SearchDoc } from './domain/search/index.ts';
import { ProductSummaryCache } from './product-summary-cache.ts';
import { SearchTurns } from './search-turns.ts';
import { productsChangedSince } from './products.repo.ts';

type ChangedRow = Awaited<ReturnType<typeof productsChangedSince>>[number];

/** Rows per query while following the catalogue: large enough for a quick first load. */
const PAGE = 20_000;
/** Search-page rows kept in memory: about 30 MB, the products of the last thousand distinct pages. */
const SUMMARIES_KEPT = 20_000;

export function searchDocFor(row: ChangedRow): SearchDoc {
  return {
    key: row.id,
    isbn: row.isbn,
    title: row.title,
    subtitle: row.subtitle,
    contributors: row.contributors.map((contributor) => contributor.name),
    series: row.seriesName,
    seriesNumber: row.seriesNumber,
    publisher: row.publisher,
    keywords: row.keywords,
    themaCodes: row.themaCodes,
    language: row.language,
    form: row.form as ProductForm,
    audience: row.audience as Audience,
    genre: row.genre as Genre,
    releaseDate: row.releaseDate,
    availability: row.availability as AvailabilityStatus,
  };
}

/**
 * This process's search index over the catalogue (ADR 0008). PostgreSQL holds the truth;
 * the index follows it by revision: loaded in full at start, then every `pollMs` it asks
 * for what changed, so imports made by any process show up everywhere within a second.
 */
export class CatalogSearch {
  readonly index = new SearchIndex();
  /** The rows of recent search pages, kept in step with the index (ADR 11). */
  readonly summaries = new ProductSummaryCache(SUMMARIES_KEPT);
  /** Searches take turns so that suggestions are answered between them. */
  readonly turns = new SearchTurns();
  private readonly db: Database;
  private readonly log: Logger;
  private readonly pollMs: number;
  private revision = 0;
  private isLoaded = false;
  private stopped = true;
  private timer: NodeJS.Timeout | undefined;
  private refreshing: Promise<number> | undefined;
  private markLoaded!: () => void;
  /** Settles once the whole catalogue has been read for the first time. */
  readonly loaded = new Promise<void>((resolve) => (this.markLoaded = resolve));

  constructor(options: { db: Database; log: Logger; pollMs?: number }) {
    this.db = options.db;
    this.log = options.log;
    this.pollMs = options.pollMs ?? 1000;
  }

  /** True once the whole catalogue has been read: until then searches would miss titles. */
  get ready(): boolean {
    return this.isLoaded;
  }

  get size(): number {
    return this.index.size;
  }

  /** Reads every change since the last call; concurrent callers share one read. */
  refresh(): Promise<number> {
    this.refreshing ??= this.readChanges().finally(() => {
      this.refreshing = undefined;
    });
    return this.refreshing;
  }

  private async readChanges(): Promise<number> {
    let applied = 0;
    for (;;) {
      const rows = await productsChangedSince(this.db, this.revision, PAGE);
      for (const row of rows) {
        this.index.upsert(searchDocFor(row));
        this.summaries.forget(row.id);
      }
      applied += rows.length;
      const last = rows.at(-1);
      if (last) this.revision = last.revision;
      if (rows.length < PAGE) break;
    }
    // After a bulk load, build the typo and suggestion tables once rather than on the first search.
    if (!this.isLoaded || applied >= PAGE) this.index.prepare();
    this.isLoaded = true;
    this.markLoaded();
    return applied;
  }

  /**
   * Loads the catalogue, then follows it until `stop`. A failed read (database restarting)
   * is logged and tried again at the next tick, the first load included.
   */
  start(): void {
    this.stopped = false;
    const started = performance.now();
    const tick = async () => {
      const wasLoaded = this.isLoaded;
      try {
        const applied = await this.refresh();
        if (!wasLoaded) this.log.info({ products: applied, ms: Math.round(performance.now() - started) }, 'search index loaded');
      } catch (error) {
        this.log.warn({ err: error }, 'search index could not read the catalogue');
      }
      if (this.stopped) return;
      this.timer = setTimeout(() => void tick(), this.pollMs);
      this.timer.unref();
    };
    void tick();
  }

  stop(): void {
    this.stopped = true;
    clearTimeout(this.timer);
  }
}
