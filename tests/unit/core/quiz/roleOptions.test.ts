/** Role options that fit the person (issue 15, rounds b–j): their office's rank, no genus beside its kind, no world knowledge. */
import { describe, expect, it } from 'vitest';
import { role } from '../../../../src/core/quiz/kinds/role';
import { ask, line } from './kinds/helpers';

const STORY = 'Die Stadt Nordhafen baut eine neue Brücke über den Sund. Die Arbeiten leitete Professor Jan Berg.';

async function functionOf(name: string, text: string, seed = 1) {
  return (await ask(role, `${text} ${STORY}`, seed)).find((q) => q.prompt === `Welche Funktion hat ${name} laut dem Text?`);
}

describe('role options', () => {
  it('offers a mayor local offices only, never a head of state or a minister', async () => {
    const text = 'Bürgermeister Olaf Lenz eröffnete die Brücke. Präsident Tom Kra lobte den Bau. Verkehrsminister Ole Brandt kam ebenfalls.';
    for (const seed of [1, 2, 3]) {
      const q = await functionOf('Olaf Lenz', text, seed);
      expect(q?.answer).toBe('Bürgermeister');
      expect(q?.options?.length, `seed ${seed}`).toBeGreaterThanOrEqual(3);
      for (const o of q!.options!) expect(o, `seed ${seed}`).not.toMatch(/präsident|minister|kommissar|botschafter|diplomat/i);
    }
  });

  it('offers no genus beside its kind (`Diplomat` beside `Botschafter`, `Politiker`, `Funktionär`)', async () => {
    const text = 'Botschafter Olaf Lenz besuchte die Baustelle. Diplomat Tom Kra und Politiker Jan Ott kamen mit. Sprecherin Mara Lind und Funktionärin Eva Kuhn ebenfalls.';
    for (const seed of [1, 2, 3, 4]) {
      const q = await functionOf('Olaf Lenz', text, seed);
      expect(q?.answer).toBe('Botschafter');
      expect(q?.options, `seed ${seed}`).not.toContain('Diplomat');
      expect(q?.options, `seed ${seed}`).not.toContain('Politiker');
      const lind = await functionOf('Mara Lind', text, seed);
      expect(lind?.options ?? [], `seed ${seed}`).not.toContain('Funktionärin');
    }
  });

  it('offers no position of a team beside a player (`Stürmer`, `Torwart` for a tennis player)', async () => {
    const text = 'Tennisspieler Olaf Lenz gewann das Turnier in Nordhafen. Spieler Tom Kra verlor im Finale. Trainer Jan Ott jubelte.';
    for (const seed of [1, 2, 3]) {
      const q = await functionOf('Tom Kra', text, seed);
      for (const o of q?.options ?? []) expect(o, `seed ${seed}`).not.toMatch(/^(Stürmer|Torwart|Torhüter|Verteidiger|Kapitän)$/);
    }
  });

  it('asks no head of state\'s office the text gives with the name (world knowledge), but a minister\'s', async () => {
    const text = 'Präsident Tom Kra und Kanzlerin Eva Kuhn trafen König Jan Ott. Verkehrsminister Olaf Lenz kam ebenfalls.';
    const asked = (await ask(role, `${text} ${STORY}`)).filter((q) => q.type === 'role').map(line);
    expect(asked.filter((l) => /Tom Kra|Eva Kuhn|Jan Ott/.test(l))).toEqual([]);
    expect(asked).toContain('Welche Funktion hat Olaf Lenz laut dem Text? → Verkehrsminister');
  });

  it('offers a federal minister the other federal ministries (`Bundesfamilienministerin` beside `Bundesarbeitsministerin`)', async () => {
    const q = await functionOf('Eva Kuhn', 'Bundesarbeitsministerin Eva Kuhn besuchte die Baustelle.');
    expect(q?.options?.length).toBeGreaterThanOrEqual(3);
    for (const o of q!.options!) expect(o).toMatch(/^Bundes\p{Ll}+ministerin$/u);
  });
});
