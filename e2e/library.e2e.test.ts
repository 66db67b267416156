import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkPage, startJourney, type Journey } from './support/browser.ts';
import { signInAs } from './support/sign-in.ts';
import type { RunningServer } from './support/server.ts';

/**
 * The library module (issue 5): Storvik's head librarian keeps the borrower-group tree of
 * the seed's example, gives a new material group three prioritised loan profiles, tries them
 * in the policy tester, imports items, and at the desk lends to the limit and renews to the
 * limit, each refusal explained. The desk clerk is kept out of the rules.
 */
let journey: Journey;
let server: RunningServer;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  journey = await startJourney();
  ({ server, browser, page } = journey);
});
afterAll(() => journey?.stop());

const status = (text: string | RegExp) => page.getByRole('status').filter({ hasText: text });
const audiobooks = () => page.locator('section').filter({ has: page.getByRole('heading', { name: 'Lydbøker', level: 2 }) });
const deskAnswer = () => page.locator('.desk-answer [role=status]');

describe('the backoffice', () => {
  it('switches the library module on for a branch, naming its administrator', async () => {
    const staffContext = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'nb-NO' });
    const staff = await staffContext.newPage();
    await signInAs(staff, browser, server.url, 'kundeservice@demo.hylle.no');
    await staff.goto(`${server.url}/backoffice`);
    await staff.getByRole('rowheader', { name: 'Storvik bibliotek, Nordhavn filial', exact: true }).getByRole('link').click();
    await staff.getByRole('link', { name: 'Bibliotekmodul' }).click();
    await staff.getByText('Bibliotekmodulen er ikke slått på for denne kunden.').waitFor();
    const form = staff.getByRole('form', { name: 'Slå på bibliotekmodulen' });
    await form.getByLabel('E-post').fill('lars.berg@demo.hylle.no');
    await form.getByRole('button', { name: 'Slå på bibliotekmodulen' }).click();
    await staff.getByRole('status').filter({ hasText: 'Bibliotekmodulen er slått på, og lars.berg@demo.hylle.no er administrator.' }).waitFor();
    await staff.getByText(/Administratorer: .*lars\.berg@demo\.hylle\.no/).waitFor();
    await checkPage(staff, 'library-00-backoffice-module-on');
    await staffContext.close();
  });
});

describe('Library → Admin', () => {
  it('shows the demo library’s example tree, and grows, moves and prunes it', async () => {
    await signInAs(page, browser, server.url, 'ingrid.hovland@demo.hylle.no');
    await page.getByRole('link', { name: 'Bibliotek', exact: true }).click();
    await page.getByRole('heading', { name: 'Skranke', level: 1 }).waitFor();
    await page.getByRole('link', { name: 'Lånergrupper' }).click();
    await page.getByRole('heading', { name: 'Lånergrupper', level: 1 }).waitFor();
    for (const group of ['Alle', 'Biblioteker', 'Personer', 'Barn', 'Voksne']) {
      await expect.poll(() => page.getByRole('button', { name: `Ny undergruppe under «${group}»` }).count(), { message: group }).toBe(1);
    }

    await page.getByRole('button', { name: 'Ny undergruppe under «Alle»' }).click();
    const add = page.getByRole('form', { name: 'Ny undergruppe under «Alle»' });
    await add.getByLabel('Navn').fill('voksne');
    await add.getByLabel('Navn').press('Enter');
    await page.getByText('Navnet er allerede i bruk. Velg et annet.').waitFor();
    await checkPage(page, 'library-01-group-name-taken');
    await add.getByLabel('Navn').fill('Skoler');
    await add.getByLabel('Navn').press('Enter');
    await status('«Skoler» er lagt til').waitFor();

    await page.getByRole('button', { name: 'Endre eller flytt «Skoler»' }).click();
    const edit = page.getByRole('form', { name: 'Endre «Skoler»' });
    await edit.getByLabel('Ligger under').selectOption({ label: '\u00a0\u00a0\u00a0Personer' });
    await edit.getByRole('button', { name: 'Lagre' }).click();
    await status('«Skoler» er lagret').waitFor();
    await checkPage(page, 'library-02-group-tree');
    await page.getByRole('button', { name: 'Slett «Skoler»' }).click();
    await page.getByRole('button', { name: 'Ja, fjern' }).click();
    await status('«Skoler» er slettet').waitFor();
    expect(await page.getByRole('button', { name: 'Slett «Skoler»' }).count()).toBe(0);
  });

  it('gives a new material group three prioritised profiles, and warns when the order shadows two', async () => {
    await page.getByRole('link', { name: 'Regler' }).click();
    await page.getByRole('heading', { name: 'Materialgrupper og låneprofiler', level: 1 }).waitFor();
    await page.getByRole('button', { name: 'Ny materialgruppe' }).click();
    const group = page.getByRole('form', { name: 'Ny materialgruppe' });
    await group.getByLabel('Navn').fill('Lydbøker');
    await group.getByLabel(/^Lånegrense per låner/).fill('2');
    await group.getByRole('button', { name: 'Lagre' }).click();
    await page.getByRole('heading', { name: 'Lydbøker', level: 2 }).waitFor();

    const addProfile = async (name: string, groups: string[], options: { days?: string; ill?: boolean; reservation?: boolean } = {}) => {
      await page.getByRole('button', { name: 'Ny låneprofil i «Lydbøker»' }).click();
      const form = page.getByRole('form', { name: 'Ny låneprofil i «Lydbøker»' });
      await form.getByLabel('Navn', { exact: true }).fill(name);
      if (options.days) await form.getByLabel('Lånedager').fill(options.days);
      await form.getByLabel('Antall fornyelser').fill('2');
      await form.getByLabel('Dager per fornyelse').fill('14');
      if (options.ill) await form.getByLabel('Fjernlån').check();
      if (options.reservation !== false) await form.getByLabel('Reservasjon').check();
      for (const borrowerGroup of groups) await form.getByLabel(borrowerGroup, { exact: true }).check();
      await form.getByRole('button', { name: 'Lagre' }).click();
      await status(`Profilen «${name}» er lagt til`).waitFor();
    };
    await addProfile('Voksne', ['Voksne']);
    await addProfile('Biblioteker', ['Biblioteker'], { days: '60', reservation: false });
    await addProfile('Alle', ['Alle'], { days: '14', ill: true });
    expect(await audiobooks().locator('.profile-list__name').allTextContents()).toEqual(['Voksne', 'Biblioteker', 'Alle']);
    expect(await audiobooks().getByText('blir aldri brukt').count()).toBe(0);
    await checkPage(page, 'library-03-profiles');

    // "All" first by keyboard: it would take everyone, so the other two are never reached.
    await audiobooks().getByRole('button', { name: /^Flytt «Alle», prioritet 3 av 3/ }).focus();
    await page.keyboard.press('ArrowUp');
    await status('«Alle» har nå prioritet 2 av 3').waitFor();
    await page.keyboard.press('ArrowUp');
    await status('«Alle» har nå prioritet 1 av 3').waitFor();
    await expect.poll(() => audiobooks().getByText('blir aldri brukt').count()).toBe(2);
    await checkPage(page, 'library-04-shadowed');
    await page.keyboard.press('End');
    await status('«Alle» har nå prioritet 3 av 3').waitFor();
    await expect.poll(() => audiobooks().locator('.profile-list__name').allTextContents()).toEqual(['Voksne', 'Biblioteker', 'Alle']);
    await expect.poll(() => audiobooks().getByText('blir aldri brukt').count()).toBe(0);
  });

  it('tests the rules: a child falls through to "Alle", a library may not reserve', async () => {
    await page.getByRole('link', { name: 'Test reglene' }).click();
    await page.getByRole('heading', { name: 'Test reglene', level: 1 }).waitFor();
    await page.getByLabel('Materialgruppe').selectOption({ label: 'Lydbøker' });
    await page.getByLabel('Barn', { exact: true }).check();
    await page.getByRole('button', { name: 'Test', exact: true }).click();
    await page.getByRole('heading', { name: 'Svar' }).waitFor();
    await expect.poll(() => page.locator('.explanation__profile').textContent()).toBe('Profil «Alle» (prioritet 3) gjelder fordi låneren er i «Barn», som hører inn under «Alle».');
    await checkPage(page, 'library-05-tester');

    await page.getByLabel('Handling').selectOption('reservation');
    await page.getByLabel('Barn', { exact: true }).uncheck();
    await page.getByLabel('Biblioteker', { exact: true }).check();
    await page.getByRole('button', { name: 'Test', exact: true }).click();
    await page.getByText('Reservasjon: avslått.').waitFor();
    expect(await page.locator('.explanation__reason').textContent()).toContain('Profilen «Biblioteker» tillater ikke reservasjon.');
    await checkPage(page, 'library-06-tester-refused');
  });

  it('imports the audiobooks as items', async () => {
    await page.getByRole('link', { name: 'Import' }).click();
    await page.getByRole('heading', { name: 'Import av lånere og eksemplarer', level: 1 }).waitFor();
    const items = page.getByLabel('Eller lim inn linjene').nth(1);
    await items.fill('strekkode;tittel;materialgruppe;avdeling;hylle\n0401;Sult (lyd);Lydbøker;VOKSEN;\n0402;Pan (lyd);Lyd-bøker;;');
    await page.getByRole('button', { name: 'Les inn' }).nth(1).click();
    await page.getByText(/Ingenting er lest inn/).waitFor();
    await checkPage(page, 'library-07-import-refused');
    await items.fill('strekkode;tittel;materialgruppe;avdeling;hylle\n0401;Sult (lyd);Lydbøker;VOKSEN;\n0402;Pan (lyd);Lydbøker;;\n0403;Victoria (lyd);Lydbøker;;');
    await page.getByRole('button', { name: 'Les inn' }).nth(1).click();
    await page.getByText('3 lagt til og 0 oppdatert.').waitFor();
  });
});

describe('Library → Desk', () => {
  it('lends to the loan limit, and explains the refusal with the count and the limit', async () => {
    await page.getByRole('link', { name: 'Skranke' }).click();
    await page.getByRole('heading', { name: 'Skranke', level: 1 }).waitFor();
    await page.getByLabel('Kortnummer eller navn').fill('1001');
    await page.getByLabel('Kortnummer eller navn').press('Enter');
    await page.getByRole('heading', { name: 'Ola Nordmann', level: 2 }).waitFor();
    // A scanner types the barcode and Enter into the field that has the focus.
    for (const barcode of ['0401', '0402']) {
      await page.locator('#desk-act-barcode').fill(barcode);
      await page.locator('#desk-act-barcode').press('Enter');
      await expect.poll(() => deskAnswer().textContent()).toMatch(/er lånt ut til Ola Nordmann/);
    }
    await page.locator('#desk-act-barcode').fill('0403');
    await page.locator('#desk-act-barcode').press('Enter');
    await expect.poll(() => deskAnswer().textContent()).toContain('kan ikke lånes ut');
    await page.getByText('Låneren har allerede 2 lån i denne materialgruppen, og grensen er 2.').first().waitFor();
    await checkPage(page, 'library-08-loan-limit');
  });

  it('renews to the limit, then says why not, and shows the rule the loan was made under', async () => {
    for (let renewal = 1; renewal <= 2; renewal += 1) {
      await page.getByRole('button', { name: 'Forny «Sult (lyd)»' }).click();
      await expect.poll(() => deskAnswer().textContent()).toMatch(/«Sult \(lyd\)» er fornyet/);
    }
    await page.getByRole('button', { name: 'Forny «Sult (lyd)»' }).click();
    await expect.poll(() => deskAnswer().textContent()).toContain('kan ikke fornyes');
    await page.getByText('Lånet er allerede fornyet 2 av 2 mulige ganger.').first().waitFor();
    await checkPage(page, 'library-09-renewals-used-up');
    await page.getByRole('button', { name: 'Vis regelen for «Sult (lyd)»' }).click();
    await page.getByText('Profil «Voksne» (prioritet 1) gjelder fordi låneren er i «Voksne».').first().waitFor();
    await checkPage(page, 'library-10-loan-rule');
  });

  it('takes an item back by barcode, and keeps the desk clerk out of the rules', async () => {
    await page.locator('#desk-return-barcode').fill('0402');
    await page.locator('#desk-return-barcode').press('Enter');
    await page.getByText(/«Pan \(lyd\)» er levert inn/).waitFor();
    await checkPage(page, 'library-11-returned');

    const clerkContext = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'nb-NO' });
    const clerk = await clerkContext.newPage();
    await signInAs(clerk, browser, server.url, 'siv.skranke@demo.hylle.no');
    await clerk.getByRole('link', { name: 'Bibliotek', exact: true }).click();
    await clerk.getByRole('heading', { name: 'Skranke', level: 1 }).waitFor();
    await clerk.goto(`${page.url().split('/skranke')[0]}/admin`);
    await clerk.getByRole('heading', { name: 'Bare for administratorer' }).waitFor();
    await checkPage(clerk, 'library-12-clerk-no-rules');
    await clerkContext.close();
  });
});
