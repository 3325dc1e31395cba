import { describe, expect, it } from 'vitest';
import { isHeldBack, readNameCases, shareRight } from './name-case-sets.ts';

// A fifth development set of business names (unmarked-name-cases.jsonl, 2026-12-04): names written without "called",
// as owners mostly write them — opening the text and closed by what the business does ("Harbour Light offers …"),
// named in a later sentence ("… Bramble Lane delivers on Fridays", "Give Dawson Heating a ring", "our distillery is
// Dales Spirit"), set off by emoji ("… bath bombs 🛁 Little Suds 🛁 Shipping …"), in lower case without a trade word
// ("my shop is called odds and ends", "hello! lucky dip sweet shop here"), and in Portuguese, Spanish, French, Italian,
// German and Dutch ("Nos llamamos …", "O nome é …", "Sabor a Mar, marisqueira em …", "Visite o Salão …").
// Written in six batches, each before it was run: 42/45, 25/40, 23/40, then 16/30 for names in lower case ("two guys
// and a van - …", "mind body and soul: …", "nailed it by sophie, …", "find us at paint & play", "hi all, welcome to the
// potting shed garden centre"), then 23/40 in the evaluation's styles, a question first or the name last ("Tickets at
// Picture House, Hebden Bridge.", "… Hay-on-Wye — Purl Shop, open …", "Te esperamos en …", "Passe pela Roda Livre"), then
// 32/40 for names with marks inside ("Jo-Jo's Diner", "Mr. Fixit", "No.1 Barbers") or named once, late ("Ring Abbey
// Motors on …", "Commissions welcome at Lumen Glass, Shrewsbury.", "Advice from Keystone Mortgages is free"), then 47/60 for
// a seventh batch written by another hand that had never read the composer ("… Kommen Sie vorbei bei Speichenwerk!",
// "Cheers from everyone at Arch 42 Brewing!", "Mary and Tom look forward to welcoming you to Cois Farraige."), then
// 46/60 for an eighth by the same kind of hand, in a flyer's and a feed's styles ("CHIMNEY SWEEPING — …⏎Call Tom at
// Black Cat Sweeps on …", "Love, Aoife @ Say It Well Ceremonies x", "give Clean Slate a ring", "Contactez Ramonage
// Dufour au …"). The floors were set again when that batch, harder than the set, was added. Its tuned two-thirds train the name model; the
// held-back third is never trained on or read for failures. The floors are the figures reached; raise, never lower.

const cases = readNameCases('unmarked-name-cases.jsonl');

describe('business names written without "called"', () => {
  it('has descriptions in seven languages, a few without a name', () => {
    expect(cases.length).toBeGreaterThanOrEqual(355);
    expect(new Set(cases.map((entry) => entry.lang)).size).toBe(7);
    expect(cases.some((entry) => entry.name === null)).toBe(true);
  });

  it('reads the names of the part the model was trained on', () => {
    expect(shareRight(cases.filter((entry) => !isHeldBack(entry)))).toBeGreaterThanOrEqual(0.87);
  });

  it('reads the names of the held-back third', () => {
    expect(shareRight(cases.filter(isHeldBack))).toBeGreaterThanOrEqual(0.885);
  });
});
