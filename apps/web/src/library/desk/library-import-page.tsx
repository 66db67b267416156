import { useT } from '../../shared/i18n/use-t.ts';
import { useDocumentTitle } from '../../shared/use-document-title.ts';
import { useLibrary } from '../use-library.ts';
import { CsvImportForm, type CsvKind } from './csv-import-form.tsx';

/** Library → Import (admins): borrowers and items from CSV files, in the columns the import reads. */
export function LibraryImportPage() {
  const t = useT();
  const library = useLibrary();
  useDocumentTitle(t('libDesk.import.title'));
  const borrowers: CsvKind = {
    id: 'borrowers',
    path: '/borrowers/import',
    title: t('libDesk.import.borrowersTitle'),
    intro: t('libDesk.import.borrowersIntro'),
    columns: [t('libDesk.import.col.cardNumber'), t('libDesk.import.col.name'), t('libDesk.import.col.groups'), t('libDesk.import.col.blocked')],
    header: /^(kortnummer|lånekort|card)/i,
    example: 'kortnummer;navn;grupper;sperret\n1001;Kari Nordmann;Voksne;nei\n1002;Ola Nordmann;Barn|Skole;ja',
  };
  const items: CsvKind = {
    id: 'items',
    path: '/items/import',
    title: t('libDesk.import.itemsTitle'),
    intro: t('libDesk.import.itemsIntro'),
    columns: [t('libDesk.import.col.barcode'), t('libDesk.import.col.title'), t('libDesk.import.col.materialGroup'), t('libDesk.import.col.department'), t('libDesk.import.col.shelf')],
    header: /^(strekkode|barcode)/i,
    example: 'strekkode;tittel;materialgruppe;avdeling;hylle\n03010001;Sult;Bøker;VOKSEN;ROMAN\n03010002;Klassesett matematikk 5;Klassesett;SKOLE;',
  };
  return (
    <div className="stack">
      <h1>{t('libDesk.import.title')}</h1>
      <p className="lead">{t('libDesk.import.lead')}</p>
      <CsvImportForm libraryId={library.id} kind={borrowers} />
      <CsvImportForm libraryId={library.id} kind={items} />
    </div>
  );
}
