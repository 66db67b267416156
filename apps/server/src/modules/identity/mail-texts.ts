import type { Language } from '../../store-config.ts';

type SignInMail = (code: string, storeName: string) => { subject: string; text: string };

/** The sign-in mail in each store language; the code is in the subject so it shows in a preview. */
export const signInCodeMail: Record<Language, SignInMail> = {
  nb: (code, store) => ({
    subject: `${code} er din innloggingskode til ${store}`,
    text: `Innloggingskoden din er ${code}.\n\nKoden gjelder i 10 minutter og kan brukes én gang.\nHar du ikke bedt om å logge inn, kan du se bort fra denne e-posten.\n\n${store}`,
  }),
  nn: (code, store) => ({
    subject: `${code} er innloggingskoden din til ${store}`,
    text: `Innloggingskoden din er ${code}.\n\nKoden gjeld i 10 minutt og kan brukast éin gong.\nHar du ikkje bede om å logge inn, kan du sjå bort frå denne e-posten.\n\n${store}`,
  }),
  en: (code, store) => ({
    subject: `${code} is your sign-in code for ${store}`,
    text: `Your sign-in code is ${code}.\n\nThe code is valid for 10 minutes and works once.\nIf you did not ask to sign in, you can ignore this e-mail.\n\n${store}`,
  }),
  nl: (code, store) => ({
    subject: `${code} is uw inlogcode voor ${store}`,
    text: `Uw inlogcode is ${code}.\n\nDe code is 10 minuten geldig en werkt één keer.\nHebt u niet gevraagd om in te loggen, dan kunt u deze e-mail negeren.\n\n${store}`,
  }),
};
