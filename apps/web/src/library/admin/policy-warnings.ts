import type { LibrarySettings, PolicyWarning } from '@hylle/contracts';
import type { Translate } from '../../shared/i18n/translate.ts';

/** Joins names the way the language does: "«A», «B» og «C»". */
export type ListFormatter = (items: readonly string[]) => string;

/** Where a warning belongs on the page: a material group, and the profile when it is about one. */
export const warningTarget = (warning: PolicyWarning) => ({ materialGroupId: warning.materialGroupId, profileId: warning.kind === 'no_ill' ? null : warning.profileId });

/** The warnings about one profile, or (with null) about the material group as a whole. */
export function warningsFor(warnings: readonly PolicyWarning[], materialGroupId: string, profileId: string | null): PolicyWarning[] {
  return warnings.filter((warning) => {
    const target = warningTarget(warning);
    return target.materialGroupId === materialGroupId && target.profileId === profileId;
  });
}

/**
 * A warning in plain language (rule 5), naming the profiles and groups. Saving was
 * allowed; the text says what the admin will see happen, so they can decide whether it is
 * what they meant.
 */
export function warningText(t: Translate, settings: Pick<LibrarySettings, 'borrowerGroups' | 'materialGroups'>, warning: PolicyWarning, list: ListFormatter): string {
  const group = settings.materialGroups.find((g) => g.id === warning.materialGroupId);
  const profileName = (id: string) => group?.profiles.find((p) => p.id === id)?.name ?? '?';
  const quoted = (name: string) => `«${name}»`;
  switch (warning.kind) {
    case 'applies_to_nobody':
      return t('libAdmin.warning.applies_to_nobody', { profile: profileName(warning.profileId) });
    case 'shadowed':
      return t(warning.byProfileIds.length === 1 ? 'libAdmin.warning.shadowed.one' : 'libAdmin.warning.shadowed.other', {
        profile: profileName(warning.profileId),
        by: list(warning.byProfileIds.map((id) => quoted(profileName(id)))),
      });
    case 'no_ill': {
      const root = settings.borrowerGroups.find((g) => g.parentId === null)?.name ?? '?';
      return t('libAdmin.warning.no_ill', { group: group?.name ?? '?', root });
    }
  }
}
