import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/answer/engine.js';
import { loadedEngine } from '../helpers/drafted-engine.js';
import { SHIPPED_PACK } from '../helpers/pack-copy.js';

let engine: Engine;
beforeAll(async () => {
  engine = await loadedEngine(SHIPPED_PACK);
});

const names = (text: string) => engine.readNames(text).names.map((n) => `${n.name}${n.place ? ' (place)' : ''}`);

describe('what a question names', () => {
  it('gives the pack name for another name, and tells places apart', () => {
    expect(names('where does xu work?')).toEqual(['Jian Xu']);
    expect(names('is RedNote big in KL and SE Asia?')).toEqual([
      'Xiaohongshu',
      'Malaysia (place)',
      'Southeast Asia (place)',
    ]);
    expect(names('what does Xiao Hong Shu do in the US?')).toEqual(['Xiaohongshu', 'United States (place)']);
  });

  it('gives back a capital-only alias as typed, and a name the pack does not know', () => {
    expect(engine.readNames('and in the US?').names[0]).toMatchObject({ name: 'United States', surface: 'US' });
    expect(engine.readNames('how big is Shopee?').names).toEqual([
      { name: 'shopee', surface: 'shopee', place: false, known: false },
    ]);
  });

  it('says whether anything in the text is its own, known or not', () => {
    expect(engine.readNames('why?').hasOwnWords).toBe(false);
    expect(engine.readNames('what should I get for lunch?').hasOwnWords).toBe(true);
  });
});
