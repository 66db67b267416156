import { useLanguage } from '../i18n/use-t.ts';
import { LANGUAGES, LANGUAGE_NAMES, isLanguage } from '../i18n/languages.ts';

export function LanguageSwitch() {
  const { t, language, setLanguage } = useLanguage();
  return (
    <div className="header-control">
      <label htmlFor="language-switch">{t('app.language')}</label>
      <select
        id="language-switch"
        value={language}
        onChange={(event) => {
          if (isLanguage(event.target.value)) setLanguage(event.target.value);
        }}
      >
        {LANGUAGES.map((code) => (
          <option key={code} value={code} lang={code}>
            {LANGUAGE_NAMES[code]}
          </option>
        ))}
      </select>
    </div>
  );
}
