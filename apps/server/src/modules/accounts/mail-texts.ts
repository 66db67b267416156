import type { Language } from '../../store-config.ts';

type Texts = { subject: string; text: string };
type MailInput = { accountName: string; storeName: string; signInUrl: string; invitedBy: string | null };

/** A colleague was given access to an account (ACC-4). */
export const invitationMail: Record<Language, (m: MailInput) => Texts> = {
  nb: (m) => ({
    subject: `Du har fått tilgang til ${m.accountName} i ${m.storeName}`,
    text: `Hei!\n\n${m.invitedBy ? `${m.invitedBy} har gitt deg` : 'Du har fått'} tilgang til kundekontoen ${m.accountName} i ${m.storeName}.\n\nLogg inn med denne e-postadressen her: ${m.signInUrl}\nDu får en engangskode på e-post hver gang du logger inn.\n\n${m.storeName}`,
  }),
  nn: (m) => ({
    subject: `Du har fått tilgang til ${m.accountName} i ${m.storeName}`,
    text: `Hei!\n\n${m.invitedBy ? `${m.invitedBy} har gitt deg` : 'Du har fått'} tilgang til kundekontoen ${m.accountName} i ${m.storeName}.\n\nLogg inn med denne e-postadressa her: ${m.signInUrl}\nDu får ein eingongskode på e-post kvar gong du loggar inn.\n\n${m.storeName}`,
  }),
  en: (m) => ({
    subject: `You have access to ${m.accountName} at ${m.storeName}`,
    text: `Hello,\n\n${m.invitedBy ? `${m.invitedBy} has given you` : 'You have been given'} access to the customer account ${m.accountName} at ${m.storeName}.\n\nSign in with this e-mail address here: ${m.signInUrl}\nYou get a one-time code by e-mail each time you sign in.\n\n${m.storeName}`,
  }),
  nl: (m) => ({
    subject: `U hebt toegang tot ${m.accountName} bij ${m.storeName}`,
    text: `Hallo,\n\n${m.invitedBy ? `${m.invitedBy} heeft u` : 'U hebt'} toegang ${m.invitedBy ? 'gegeven ' : ''}tot het klantaccount ${m.accountName} bij ${m.storeName}.\n\nLog hier in met dit e-mailadres: ${m.signInUrl}\nU krijgt bij elke aanmelding een eenmalige code per e-mail.\n\n${m.storeName}`,
  }),
};

/** The first admin of an account made by staff (ACC-5). */
export const welcomeMail: Record<Language, (m: MailInput & { customerNumber: string }) => Texts> = {
  nb: (m) => ({
    subject: `Velkommen til ${m.storeName}`,
    text: `Velkommen!\n\nKundekontoen ${m.accountName} er opprettet med kundenummer ${m.customerNumber}, og du er administrator for den.\n\nLogg inn med denne e-postadressen her: ${m.signInUrl}\nPå Min side kan du legge til kolleger og leveringsadresser.\n\n${m.storeName}`,
  }),
  nn: (m) => ({
    subject: `Velkomen til ${m.storeName}`,
    text: `Velkomen!\n\nKundekontoen ${m.accountName} er oppretta med kundenummer ${m.customerNumber}, og du er administrator for han.\n\nLogg inn med denne e-postadressa her: ${m.signInUrl}\nPå Mi side kan du leggje til kollegaer og leveringsadresser.\n\n${m.storeName}`,
  }),
  en: (m) => ({
    subject: `Welcome to ${m.storeName}`,
    text: `Welcome!\n\nThe customer account ${m.accountName} has been created with customer number ${m.customerNumber}, and you are its admin.\n\nSign in with this e-mail address here: ${m.signInUrl}\nOn My page you can add colleagues and delivery addresses.\n\n${m.storeName}`,
  }),
  nl: (m) => ({
    subject: `Welkom bij ${m.storeName}`,
    text: `Welkom!\n\nHet klantaccount ${m.accountName} is aangemaakt met klantnummer ${m.customerNumber}, en u bent de beheerder.\n\nLog hier in met dit e-mailadres: ${m.signInUrl}\nOp Mijn pagina kunt u collega's en leveradressen toevoegen.\n\n${m.storeName}`,
  }),
};
