// toegang.test.mjs - an account from a request for access, in Chromium: a professional asks for access, a
// regievoerder approves, the one-time link sets a password, the new account sets up its second factor (QR code,
// secret, recovery codes), signs in and searches the Maatwerkregister, later with a recovery code; the link does not work a second time; and the beheer pages (organisations, proposals, requests, accounts) have no axe violations.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';

import {
	SETUP_MS, TEST_MS, expectNoAxeViolations, login, logout, startEnv, submitCode, submitLogin, totpCode, withPage,
} from './helpers.mjs';

let env;
before(async () => { env = await startEnv(); }, { timeout: SETUP_MS });
after(async () => { await env?.close(); }, { timeout: SETUP_MS });

const NIEUW = { naam: 'Sara de Vries', email: 's.devries@zuiderhaven.example', wachtwoord: 'een zin als wachtwoord' };

test('toegang aanvragen, goedkeuren, wachtwoord instellen met de link, inloggen; de link werkt één keer', { timeout: TEST_MS }, async () => {
	let link;
	await withPage(env, { name: 'toegang-aanvragen' }, async (page, ctx) => {
		ctx.allowConsole.push(/status of 400 \(Bad Request\)/);   // the refused form below
		await page.goto('/login');
		await page.getByRole('link', { name: 'Vraag toegang aan' }).click();
		await page.getByRole('heading', { level: 1, name: 'Toegang aanvragen' }).waitFor();
		await expectNoAxeViolations(page, 'de pagina toegang aanvragen');
		// a mistake first: the form says what is wrong, and keeps what was typed
		await page.getByLabel('Uw naam').fill(NIEUW.naam);
		await page.getByLabel('Uw organisatie').fill('Gemeente Zuiderhaven');
		await page.getByLabel('Uw functie').fill('Maatwerkfunctionaris');
		await page.getByLabel('Uw e-mailadres op het werk').fill('s.devries-zonder-domein');
		await page.getByLabel('Waarvoor hebt u toegang nodig?').fill('Contact zoeken met maatwerkprofessionals bij UWV.');
		// the browser's own check of type=email would stop the form; the server's check is what is tested here
		await page.locator('form.db-formulier').evaluate((f) => f.setAttribute('novalidate', ''));
		await page.getByRole('button', { name: 'Aanvraag versturen' }).click();
		await page.getByRole('alert').getByText('geen geldig e-mailadres', { exact: false }).waitFor();
		assert.equal(await page.getByLabel('Uw naam').inputValue(), NIEUW.naam);
		await expectNoAxeViolations(page, 'de aanvraag met een fout');
		await page.getByLabel('Uw e-mailadres op het werk').fill(NIEUW.email);
		await page.getByRole('button', { name: 'Aanvraag versturen' }).click();
		await page.getByRole('heading', { level: 1, name: 'Aanvraag ontvangen' }).waitFor();
		await expectNoAxeViolations(page, 'de bevestiging van een aanvraag');
	});

	await withPage(env, { name: 'toegang-goedkeuren' }, async (page) => {
		await page.goto('/login');
		await login(page, 'regievoerder');
		await page.goto('/beheer');
		await expectNoAxeViolations(page, 'de beheerpagina');
		await page.getByRole('link', { name: /aanvraag voor toegang|aanvragen voor toegang/ }).click();
		await page.getByRole('heading', { level: 1, name: 'Toegangsaanvragen' }).waitFor();
		await expectNoAxeViolations(page, 'de lijst met aanvragen');
		await page.getByRole('link', { name: NIEUW.naam }).click();
		await page.getByRole('heading', { level: 1, name: `Aanvraag van ${NIEUW.naam}` }).waitFor();
		await expectNoAxeViolations(page, 'een aanvraag');
		await page.getByRole('button', { name: 'Goedkeuren en account aanmaken' }).click();
		await page.getByRole('heading', { level: 1, name: 'Link om een wachtwoord in te stellen' }).waitFor();
		await expectNoAxeViolations(page, 'de link om te overhandigen');
		link = await page.getByLabel('De link').inputValue();
		assert.match(link, /\/wachtwoord\/[0-9a-f]{64}$/);
		await logout(page);
	});

	await withPage(env, { name: 'toegang-wachtwoord' }, async (page, ctx) => {
		ctx.allowConsole.push(/status of 410 \(Gone\)/);   // the used link below
		const pad = new URL(link).pathname;
		await page.goto(pad);
		await page.getByRole('heading', { level: 1, name: 'Wachtwoord instellen' }).waitFor();
		await expectNoAxeViolations(page, 'het instellen van een wachtwoord');
		await page.getByLabel('Nieuw wachtwoord').fill(NIEUW.wachtwoord);
		await page.getByLabel('Herhaal het wachtwoord').fill(NIEUW.wachtwoord);
		await page.getByRole('button', { name: 'Wachtwoord instellen' }).click();
		await page.waitForURL((u) => u.pathname === '/login');
		await page.getByText('Uw wachtwoord is ingesteld.').waitFor();
		const status = await submitLogin(page, NIEUW.email, NIEUW.wachtwoord);
		assert.equal(status, 303);
		// a new account that sees case data sets up its second factor first: a QR code and the secret as text
		await page.waitForURL((u) => u.pathname === '/login/inschrijven');
		await page.getByRole('heading', { level: 1, name: 'Tweede stap instellen' }).waitFor();
		const qr = page.getByRole('img', { name: /QR-code om doorbraak/ });
		assert.match(await qr.getAttribute('src'), /^data:image\/svg\+xml;base64,/);
		assert.ok((await qr.boundingBox()).width >= 200, 'the QR code is drawn large enough to scan');
		await expectNoAxeViolations(page, 'het instellen van de tweede stap');
		const geheim = (await page.locator('#totp-geheim').innerText()).replace(/\s/g, '');
		assert.match(geheim, /^[A-Z2-7]{32}$/);
		// a wrong code is refused with a message at the field
		ctx.allowConsole.push(/status of 401 \(Unauthorized\)/);
		await page.getByLabel('Code uit uw app').fill(totpCode(geheim, Math.floor(Date.now() / 30000) + 5));
		await page.getByRole('button', { name: 'Instellen en inloggen' }).click();
		await page.getByRole('alert').getByText('De code klopt niet', { exact: false }).waitFor();
		await expectNoAxeViolations(page, 'de tweede stap met een fout');
		assert.equal(await submitCode(page, NIEUW.email, geheim), 200);
		await page.getByRole('heading', { level: 1, name: 'Uw herstelcodes' }).waitFor();
		const codes = await page.locator('.db-herstelcodes code').allInnerTexts();
		assert.equal(codes.length, 10);
		for (const c of codes)
			assert.match(c, /^[a-z2-7]{5}-[a-z2-7]{5}-[a-z2-7]{5}-[a-z2-7]{5}$/);
		await expectNoAxeViolations(page, 'de herstelcodes');
		await page.getByRole('link', { name: 'Verder naar doorbraak' }).click();
		await page.waitForURL((u) => u.pathname === '/');
		assert.match(await page.locator('.db-gebruiker__naam').innerText(), /Sara de Vries/);
		// the new account (an indiener of a connected municipality) searches the Maatwerkregister
		await page.getByRole('link', { name: 'Register' }).first().click();
		await page.getByRole('heading', { level: 1, name: 'Maatwerkregister' }).waitFor();
		await page.getByLabel('Zoeken in het register').fill('schulden');
		await page.getByRole('button', { name: 'Zoeken' }).click();
		await page.waitForURL((u) => u.searchParams.get('q') === 'schulden');
		assert.ok(Number((await page.locator('#resultaten-titel').innerText()).split(' ')[0]) > 0, 'the search finds professionals');
		await logout(page);
		// the next login asks for the code; a recovery code works instead, once
		assert.equal(await submitLogin(page, NIEUW.email, NIEUW.wachtwoord), 303);
		await page.waitForURL((u) => u.pathname === '/login/code');
		await page.getByRole('heading', { level: 1, name: 'Code invoeren' }).waitFor();
		await expectNoAxeViolations(page, 'de pagina voor de code');
		await page.getByLabel('Herstelcode').fill(codes[0].toUpperCase());
		await page.getByRole('button', { name: 'Inloggen met herstelcode' }).click();
		await page.waitForURL((u) => u.pathname === '/');
		await logout(page);
		// the link does not work a second time
		const resp = await page.goto(pad);
		assert.equal(resp.status(), 410);
		await page.getByText('Deze link is al gebruikt.', { exact: false }).waitFor();
		assert.equal(await page.getByLabel('Nieuw wachtwoord').count(), 0);
		await expectNoAxeViolations(page, 'een gebruikte link');
	});
});

test('beheer: organisaties, een organisatie, voorstellen, import en accounts zonder axe-schendingen', { timeout: TEST_MS }, async () => {
	await withPage(env, { name: 'beheer-pagina' }, async (page, ctx) => {
		ctx.allowConsole.push(/status of 400 \(Bad Request\)/);   // the refused change below
		await page.goto('/login');
		await login(page, 'beheerder');
		await page.goto('/beheer/organisaties?type=ministerie');
		await page.getByRole('heading', { level: 1, name: 'Organisaties' }).waitFor();
		await expectNoAxeViolations(page, 'de lijst met organisaties');
		await page.getByRole('link', { name: 'Ministerie van Buitenlandse Zaken' }).click();
		await page.getByRole('heading', { level: 2, name: 'Aansluiting bij PMM door de tijd' }).waitFor();
		// BuZa as the seeds tell it, newest first
		const rijen = await page.locator('#historie-titel').locator('xpath=..').locator('tbody tr').allInnerTexts();
		assert.equal(rijen.length, 3);
		assert.match(rijen[0], /8 januari 2026\s+Bestuurlijk aangesloten/);
		assert.match(rijen[2], /29 mei 2024\s+Vaste contactpersoon/);
		await expectNoAxeViolations(page, 'een organisatie');
		// a refused change shows its message next to the field
		await page.getByLabel('Centraal telefoonnummer').fill('070 BUZA');
		await page.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
		await page.getByRole('alert').getByText('Een telefoonnummer bevat geen letters', { exact: false }).waitFor();
		await expectNoAxeViolations(page, 'een organisatie met een fout');
		for (const [pad, wat] of [['/beheer/organisaties/nieuw', 'een nieuwe organisatie'], ['/beheer/voorstellen', 'de voorstellen'],
			['/beheer/organisaties/import', 'importeren'], ['/beheer/accounts', 'de accounts'], ['/beheer/accounts/nieuw', 'een nieuw account']]) {
			const resp = await page.goto(pad);
			assert.equal(resp.status(), 200, pad);
			await expectNoAxeViolations(page, wat);
		}
		await page.goto('/beheer/accounts');
		await page.locator('tbody th a').first().click();
		await page.getByRole('heading', { level: 2, name: 'Gegevens en rollen' }).waitFor();
		await expectNoAxeViolations(page, 'een account');
	});
});
