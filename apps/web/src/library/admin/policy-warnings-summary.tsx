import type { MouseEvent } from 'react';
import type { LibrarySettings } from '@hylle/contracts';
import { useT } from '../../shared/i18n/use-t.ts';
import { useListFormat } from '../use-list-format.ts';
import { warningTarget, warningText } from './policy-warnings.ts';

/**
 * Every warning of the rules in one place (rule 5), each linking to the profile or material
 * group it is about, where it is also shown. Saving was allowed: these are for the admin to
 * judge, not errors.
 */
export function PolicyWarningsSummary({ settings }: { settings: LibrarySettings }) {
  const t = useT();
  const list = useListFormat();
  const { warnings } = settings;
  return (
    <section aria-labelledby="policy-warnings-title" className="stack">
      <h2 id="policy-warnings-title">{t('libAdmin.warnings.title', { count: warnings.length })}</h2>
      {warnings.length === 0 ? (
        <p className="notice notice--success">{t('libAdmin.warnings.none')}</p>
      ) : (
        <>
          <p>{t('libAdmin.warnings.lead')}</p>
          <ul className="policy-warnings">
            {warnings.map((warning, index) => {
              const target = warningTarget(warning);
              const anchor = target.profileId ? `#profile-${target.profileId}` : `#material-group-${target.materialGroupId}`;
              // Profiles of different groups may share a name ("Alle"): the summary names the group first.
              const group = target.profileId ? settings.materialGroups.find((g) => g.id === target.materialGroupId)?.name : undefined;
              const text = warningText(t, settings, warning, list);
              return (
                <li key={`${warning.kind}-${target.materialGroupId}-${target.profileId ?? ''}-${index}`} className="field__warning">
                  <a href={anchor} onClick={focusTarget(anchor)}>
                    {group ? t('libAdmin.warnings.inGroup', { group, text }) : text}
                  </a>
                </li>
              );
            })}
          </ul>
        </>
      )}
    </section>
  );
}

/** An in-page link scrolls but leaves focus behind; focus the place instead (which scrolls to it), so the next Tab continues there. */
const focusTarget = (anchor: string) => (event: MouseEvent<HTMLAnchorElement>) => {
  const target = document.querySelector<HTMLElement>(anchor);
  if (!target) return;
  event.preventDefault();
  target.focus();
};
