// start.test.mjs - the personal start page (issue 13): the regievoerder's lists an overdue follow-up with how late it
// is and the urgent unassigned casus first, each block with its count; the indiener's says what happens next with
// their casussen; the ambassadeur's lists invitations and the beleggingen to answer; axe-core (WCAG 2.1 AA) on each.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';

import { SETUP_MS, TEST_MS, expectNoAxeViolations, login, startEnv, withPage } from './helpers.mjs';

let env;
before(async () => { env = await startEnv(); }, { timeout: SETUP_MS });
after(async () => { await env?.close(); }, { timeout: SETUP_MS });

/** The items of a block of the start page as their text, in their order. */
async function items(page, kop) {
	const blok = page.getByRole('region', { name: kop });
	await blok.waitFor();
	return { blok, rijen: await blok.locator('li').allInnerTexts() };
}

test('regievoerder: follow-ups te laat met hoe laat, de urgente niet toegewezen casus eerst', { timeout: TEST_MS }, async () => {
	await withPage(env, { name: 'start-regievoerder' }, async (page) => {
		await page.goto('/login');
		await login(page, 'regievoerder');
		await page.goto('/');

		// unassigned: the demo's open casussen without a regievoerder, zeer hoog first and within that the oldest
		// (PMM-2026-0013 of 19 October before PMM-2026-0018 of 9 November), normaal last
		const nt = await items(page, 'Niet toegewezen');
		assert.match(await nt.blok.innerText(), /7 casussen zonder regievoerder/);
		assert.match(nt.rijen[0], /^PMM-2026-0013 · urgentie Zeer hoog/);
		assert.match(nt.rijen[1], /^PMM-2026-0018 · urgentie Zeer hoog/);
		assert.match(nt.rijen.at(-1), /^PMM-2026-\d{4} · ontvangen /);   // normaal: no urgentie mark
		assert.equal(await nt.blok.locator('strong', { hasText: 'urgentie Zeer hoog' }).count(), 2);
		await nt.blok.getByRole('link', { name: 'PMM-2026-0013' }).waitFor();

		// follow-ups: the demo's unanswered ones of 2026, months late
		const fu = await items(page, 'Follow-ups die te laat zijn');
		assert.match(await fu.blok.innerText(), /\d+ follow-ups? te laat/);
		assert.ok(fu.rijen.length > 0, 'een follow-up die te laat is');
		assert.ok(fu.rijen.every((t) => /follow-up \d+ (dag|dagen|week|weken|maand|maanden|jaar) te laat/.test(t)),
			fu.rijen.join(' | '));
		assert.ok(fu.rijen.some((t) => /maanden te laat/.test(t)), fu.rijen.join(' | '));
		assert.doesNotMatch(await page.locator('main').innerText(), /\(en\)|\(s\)/, 'no lazy plurals');

		// my open casussen, navraag, and the links to the whole lists
		const mijn = await items(page, 'Mijn open casussen');
		assert.match(await mijn.blok.innerText(), /\d+ open casus(sen)?/);
		await items(page, 'Navraag die aan de beurt is');
		await page.getByRole('region', { name: 'Follow-ups die eraan komen' }).waitFor();
		await expectNoAxeViolations(page, 'de startpagina van de regievoerder');

		// "alle niet toegewezen" leads to the werkvoorraad with the same first casus
		const meer = nt.blok.getByRole('link', { name: /Alle niet toegewezen casussen/ });
		if (await meer.count() > 0) {
			await Promise.all([page.waitForURL(/regievoerder=geen/), meer.click()]);
			await page.getByRole('heading', { level: 1, name: 'Werkvoorraad' }).waitFor();
			const eerste = page.locator('tbody tr').first();
			assert.match(await eerste.innerText(), /PMM-2026-0013/);
		}
	});
});

test('indiener: wat er met de eigen casussen gebeurt', { timeout: TEST_MS }, async () => {
	await withPage(env, { name: 'start-indiener' }, async (page) => {
		await page.goto('/login');
		await login(page, 'indiener');
		await page.goto('/');
		const { blok, rijen } = await items(page, 'Uw casussen');
		assert.match(await blok.innerText(), /\d+ casussen/);
		assert.ok(rijen.length > 0);
		assert.ok(rijen.every((t) => /Wat nu:/.test(t)), rijen.join(' | '));
		assert.ok(rijen.some((t) => /Afgerond/.test(t)), rijen.join(' | '));
		await expectNoAxeViolations(page, 'de startpagina van de indiener');
	});
});

test('ambassadeur: uitnodigingen en beleggingen om te beantwoorden', { timeout: TEST_MS }, async () => {
	await withPage(env, { name: 'start-ambassadeur' }, async (page) => {
		await page.goto('/login');
		await login(page, 'ambassadeur');
		await page.goto('/');
		// the demo invited them to PMM-2025-0003 and PMM-2025-0008, both afgerond
		const uit = await items(page, 'Casussen waarvoor u bent uitgenodigd');
		assert.match(await uit.blok.innerText(), /2 casussen, waarvan 0 open/);
		assert.deepEqual(uit.rijen.map((t) => t.slice(0, 13)).sort(), ['PMM-2025-0003', 'PMM-2025-0008']);
		const bel = await items(page, 'Beleggingen om te beantwoorden');
		assert.match(await bel.blok.innerText(), /\d+ (belegging wacht|beleggingen wachten) op uw antwoord/);
		assert.ok(bel.rijen.length > 0);
		for (const t of bel.rijen)
			assert.match(t, /navraag/);
		await expectNoAxeViolations(page, 'de startpagina van de ambassadeur');
	});
});
