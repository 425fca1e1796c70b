/** Inputs as people type them: folded spellings, singular kinds, swapped arguments, umbrella names, usage lines. */
import { describe, expect, it } from 'vitest';
import { cli } from './run-cli.js';

const json = async (args: string[]) => {
  const r = await cli([...args, '--json']);
  return { ...r, doc: JSON.parse(r.stdout || r.stderr) as Record<string, unknown> };
};

describe('inputs as people type them', () => {
  it('folds spaces, underscores and case to the id', async () => {
    for (const typed of ['chain of thought', 'Chain_Of_Thought', ' CHAIN-of thought ']) {
      const r = await json(['trace', typed]);
      expect(r.code, typed).toBe(0);
      expect((r.doc.capability as { id: string }).id).toBe('chain-of-thought');
    }
  });

  it('takes singular and plural kinds', async () => {
    for (const kind of ['model', 'models', 'Model', 'erratum', 'errata', 'capability']) expect((await cli(['list', kind])).code, kind).toBe(0);
    const bad = await cli(['list', 'modle']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/usage: gptlineage list/);
  });

  it('suggests the corrected command when the model and the capability are swapped', async () => {
    const why = await json(['why', 'cot', 'code-davinci-002']);
    expect(why.code).toBe(2);
    expect(why.doc.error).toMatchObject({ code: 'SWAPPED_ARGUMENTS' });
    expect((await cli(['why', 'cot', 'code-davinci-002'])).stderr).toContain('gptlineage why code-davinci-002 chain-of-thought');
    expect((await cli(['trace', 'code-davinci-002', '--model', 'cot'])).stderr).toContain('gptlineage trace chain-of-thought --model code-davinci-002');
    expect((await json(['trace', 'chatgpt'])).doc.error).toMatchObject({ code: 'MODEL_NOT_CAPABILITY' });
  });

  it('points an unknown capability at the list of capabilities', async () => {
    const r = await cli(['trace', 'gpt4']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('gptlineage list capabilities');
  });

  it('lists the models an umbrella name covers, from their series and families', async () => {
    const show = await json(['show', 'InstructGPT']);
    expect(show.code).toBe(0);
    const ids = (show.doc.items as { id: string; family?: string }[]).map((m) => m.id);
    expect(ids.length).toBeGreaterThan(1);
    for (const m of show.doc.items as { family?: string; series?: string }[]) expect(`${m.family} ${m.series}`).toMatch(/instructgpt/i);
    const why = await json(['why', 'gpt-3.5', 'cot']);
    expect(why.code).toBe(1);
    expect(why.doc.error).toMatchObject({ code: 'AMBIGUOUS_NAME' });
    const matrix = await json(['matrix', '--models', 'codex']);
    expect((matrix.doc.rows as { id: string }[]).length).toBeGreaterThan(1);
  });

  it('prints the usage line when an argument is missing', async () => {
    const r = await cli(['why', 'chatgpt']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/missing required argument 'capability'\nusage: gptlineage why \[options\] <model> <capability>/);
  });
});
