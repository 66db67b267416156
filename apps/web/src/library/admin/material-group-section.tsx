import { useState } from 'react';
import type { LibrarySettings, MaterialGroup } from '@hylle/contracts';
import { useFormatters } from '../../shared/format.ts';
import { useT } from '../../shared/i18n/use-t.ts';
import { useStatus } from '../../shared/ui/action-scope.tsx';
import { EmptyState } from '../../shared/ui/empty-state.tsx';
import { StatusMessage } from '../../shared/ui/status-message.tsx';
import { useFocusReturn, type FocusTarget } from '../../shared/ui/use-focus-return.ts';
import { useListFormat } from '../use-list-format.ts';
import { LoanProfileForm } from './loan-profile-form.tsx';
import { LoanProfileList } from './loan-profile-list.tsx';
import { MaterialGroupForm } from './material-group-form.tsx';
import { warningsFor, warningText } from './policy-warnings.ts';
import { useStoreSettings } from './use-library-settings.ts';

interface Props {
  libraryId: string;
  materialGroup: MaterialGroup;
  settings: LibrarySettings;
}

type Panel = 'none' | 'edit' | 'new-profile';

/** One material group: its rules, its warnings, and its loan profiles in priority order. */
export function MaterialGroupSection({ libraryId, materialGroup, settings }: Props) {
  const t = useT();
  const format = useFormatters();
  const list = useListFormat();
  const status = useStatus();
  const storeSettings = useStoreSettings(libraryId);
  const [panel, setPanel] = useState<Panel>('none');
  const { listRef, addButtonRef, buttonRef, returnFocus } = useFocusReturn(panel);
  const headingId = `material-group-${materialGroup.id}-title`;
  const warnings = warningsFor(settings.warnings, materialGroup.id, null);

  const close = (target: FocusTarget) => {
    returnFocus(target);
    setPanel('none');
  };
  const saved = (answer: LibrarySettings, message: string) => {
    storeSettings(answer);
    close('list');
    status.show(message);
  };

  const booking = materialGroup.bookable
    ? materialGroup.maxBookingDays === null
      ? t('libAdmin.material.bookableFacts', { days: materialGroup.preparationDays })
      : t('libAdmin.material.bookableFactsMax', { days: materialGroup.preparationDays, max: materialGroup.maxBookingDays })
    : t('libAdmin.material.notBookable');

  return (
    <section id={`material-group-${materialGroup.id}`} className="card material-group" aria-labelledby={headingId} tabIndex={-1}>
      <div className="stack" ref={listRef} tabIndex={-1}>
        <div className="card__head">
          <h2 id={headingId}>{materialGroup.name}</h2>
          <button
            ref={buttonRef('edit')}
            type="button"
            className="button button--secondary button--small"
            aria-label={t('libAdmin.material.editNamed', { name: materialGroup.name })}
            aria-expanded={panel === 'edit'}
            onClick={() => setPanel('edit')}
          >
            {t('libAdmin.edit')}
          </button>
        </div>
        <StatusMessage message={status.message} />
        {panel === 'edit' ? (
          <MaterialGroupForm
            libraryId={libraryId}
            existing={materialGroup}
            onStart={status.begin}
            onSaved={(answer, name) => saved(answer, t('libAdmin.material.saved', { name }))}
            onCancel={() => close({ button: 'edit' })}
          />
        ) : (
          <>
            {materialGroup.description ? <p>{materialGroup.description}</p> : null}
            <dl className="facts">
              <div>
                <dt>{t('libAdmin.material.maxLoans')}</dt>
                <dd>{materialGroup.maxLoans === null ? t('libAdmin.material.unlimited') : format.count(materialGroup.maxLoans)}</dd>
              </div>
              <div>
                <dt>{t('libAdmin.material.booking')}</dt>
                <dd>{booking}</dd>
              </div>
              <div>
                <dt>{t('libAdmin.material.items')}</dt>
                <dd>{format.count(materialGroup.items)}</dd>
              </div>
            </dl>
          </>
        )}
        {warnings.map((warning) => (
          <p key={warning.kind} className="field__warning">
            {warningText(t, settings, warning, list)}
          </p>
        ))}
        <h3>{t('libAdmin.profile.listTitle')}</h3>
        {materialGroup.profiles.length === 0 ? (
          <EmptyState title={t('libAdmin.profile.emptyTitle')}>
            <p>{t('libAdmin.profile.emptyBody')}</p>
          </EmptyState>
        ) : (
          <LoanProfileList libraryId={libraryId} materialGroup={materialGroup} settings={settings} status={status} />
        )}
        {panel === 'new-profile' ? (
          <LoanProfileForm
            libraryId={libraryId}
            materialGroup={materialGroup}
            groups={settings.borrowerGroups}
            onStart={status.begin}
            onSaved={(answer, name) => saved(answer, t('libAdmin.profile.added', { name, group: materialGroup.name }))}
            onCancel={() => close('add')}
          />
        ) : (
          <div>
            <button ref={addButtonRef} type="button" className="button" aria-label={t('libAdmin.profile.addTo', { group: materialGroup.name })} onClick={() => setPanel('new-profile')}>
              {t('libAdmin.profile.add')}
            </button>
          </div>
        )}
      </div>
    </section>
  );
}
