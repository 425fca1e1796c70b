/** A small GPT-3 → ChatGPT lineage for query and renderer tests (not the shipped knowledge). */
import { kb } from '../helpers/kb-builder.js';

const against = { source: 'article', locator: '§3.1', stance: 'contradicts' as const, kind: 'argument' as const, note: 'code-cushman-001 is weak at it' };
const cotPaper = { source: 'cot-paper', locator: 'Table 2', stance: 'supports' as const, kind: 'correlation' as const, note: 'code-davinci-002 does best with chain-of-thought prompts' };

/** The builder for the mini lineage, so tests can extend it. */
export function miniGptBuilder() {
  return kb()
    .source('cot-paper', { title: 'Chain-of-Thought Prompting Elicits Reasoning in Large Language Models', authors: ['Jason Wei', 'Xuezhi Wang'], year: 2022, arxiv: '2201.11903', url: 'https://arxiv.org/abs/2201.11903' })
    .source('article', { kind: 'article', title: 'How does GPT Obtain its Ability?', authors: ['Yao Fu', 'Hao Peng', 'Tushar Khot'], year: 2022, venue: "Yao Fu's Notion" })
    .model('davinci', { name: 'GPT-3 davinci', series: 'GPT-3' })
    .model('code-cushman-001', { name: 'Codex (cushman)', series: 'GPT-3' })
    .model('text-davinci-001', { name: 'InstructGPT 001', series: 'GPT-3' })
    .model('code-davinci-002', { name: 'Codex 002', series: 'GPT-3.5' })
    .model('text-davinci-002', { name: 'InstructGPT 002', series: 'GPT-3.5' })
    .model('text-davinci-003', { name: 'InstructGPT 003', series: 'GPT-3.5' })
    .model('chatgpt', { name: 'ChatGPT', series: 'GPT-3.5', aliases: ['ChatGPT-Nov'] })
    .capability('in-context-learning', { name: 'In-context learning', aliases: ['icl'] })
    .capability('chain-of-thought', { name: 'Chain-of-thought reasoning', aliases: ['cot', 'complex-reasoning'], description: 'Reasoning step by step before answering.' })
    .capability('dialogue-history', { name: 'Dialogue history', aliases: ['dialogue'] })
    .capability('formal-reasoning', { name: 'Formal reasoning', kind: 'limitation', description: 'Strict logic and proof.' })
    .derivation('d-davinci', [], 'davinci', ['pretraining'], { data: [{ what: 'filtered web text', amount: { value: 300e9, unit: 'tokens' }, source: 'article', locator: '§2' }] })
    .derivation('d-cushman', ['davinci'], 'code-cushman-001', ['code-training'], { confidence: 'likely' })
    .derivation('d-instruct', ['davinci'], 'text-davinci-001', ['instruction-tuning'], { confidence: 'likely' })
    .derivation('d-cd2', ['code-cushman-001', 'text-davinci-001'], 'code-davinci-002', ['code-training', 'instruction-tuning'], { basis: 'recipe', confidence: 'hypothesis' })
    .derivation('d-td2', ['code-davinci-002'], 'text-davinci-002', ['instruction-tuning'])
    .derivation('d-td3', ['text-davinci-002'], 'text-davinci-003', ['rlhf'], { confidence: 'likely', account: 'figure' })
    .derivation('d-chatgpt', ['text-davinci-002'], 'chatgpt', ['rlhf'], { confidence: 'likely', account: 'figure', competesWith: ['d-chatgpt-text'] })
    .derivation('d-chatgpt-text', ['code-davinci-002'], 'chatgpt', ['rlhf'], { confidence: 'speculative', account: 'text', competesWith: ['d-chatgpt'] })
    .exhibits('x-davinci-icl', 'davinci', 'in-context-learning', 'present', { notation: '+' })
    .exhibits('x-cd2-cot', 'code-davinci-002', 'chain-of-thought', 'strong', { confidence: 'likely', notation: '++', evidence: [cotPaper] })
    .exhibits('x-chatgpt-icl', 'chatgpt', 'in-context-learning', 'weak', { confidence: 'likely', notation: '−−' })
    .exhibits('x-chatgpt-dialogue', 'chatgpt', 'dialogue-history', 'strong', { notation: '++' })
    .exhibits('x-chatgpt-formal', 'chatgpt', 'formal-reasoning', 'weak', { confidence: 'likely' })
    .origin('o-cot-code', 'chain-of-thought', { method: 'code-training', model: 'code-davinci-002', confidence: 'hypothesis', authorsGrade: 'hypothesis', competesWith: ['o-cot-instr'], evidence: [cotPaper, against] })
    .origin('o-cot-instr', 'chain-of-thought', { derivation: 'd-cd2', mechanism: 'unlocked', confidence: 'speculative', competesWith: ['o-cot-code'] })
    .origin('o-dialogue', 'dialogue-history', { method: 'rlhf', model: 'chatgpt', mechanism: 'traded', tradedFor: 'in-context-learning', confidence: 'likely' })
    .effect('e-tax-cot', 'chain-of-thought', 'lowers', { derivation: 'd-td2', confidence: 'likely', statement: 'Supervised instruction tuning costs reasoning (the alignment tax).' })
    .effect('e-tax-icl', 'in-context-learning', 'lowers', { derivation: 'd-td2', confidence: 'likely' })
    .effect('e-td3-icl', 'in-context-learning', 'restores', { derivation: 'd-td3', confidence: 'hypothesis' })
    .question('q-cot-origin', ['chain-of-thought', 'o-cot-code'], { question: 'Does training on code cause chain-of-thought?', raisedBy: [{ source: 'article', locator: '§3.1' }] })
    .question('q-cd2-base', ['d-cd2'], { question: 'What base model does code-davinci-002 have?' })
    .erratum('err-c4', ['d-davinci'], { note: 'The translation says C4.' });
}

/** The mini lineage, built. */
export function miniGpt() {
  return miniGptBuilder().build();
}
