import { readdir, readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { isEnglishWord } from '../../src/match/common-words.js';
import { isMalay, readMalay } from '../../src/match/malay-words.js';

const wordsOf = (text: string) => new Set(text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);

describe('reading a question asked in Malay or Indonesian', () => {
  it('reads question words as the English ones', () => {
    expect(readMalay('Siapa Jian Xu?')).toBe('who is Jian Xu?');
    expect(readMalay('Apa itu RedNote?')).toBe('what is RedNote?');
    expect(readMalay('kenapa RedNote popular di Malaysia')).toBe('why RedNote popular in Malaysia');
    expect(readMalay('kapan Indonesia melarang TikTok Shop?')).toBe('when Indonesia ban TikTok Shop?');
    expect(readMalay('bila Xiaohongshu buka pejabat di Hong Kong?')).toBe('when Xiaohongshu open office in Hong Kong?');
    expect(readMalay('di mana Jian Xu bekerja?')).toBe('where Jian Xu work?');
  });

  it('reads the stake, share, sales, market and user words of both languages', () => {
    expect(readMalay('berapa saham TikTok di Tokopedia')).toBe('how much stake TikTok in Tokopedia');
    expect(readMalay('berapa nilai jualan TikTok Shop tahun lepas')).toBe('how much sales value TikTok Shop last year');
    expect(readMalay('berapa penjualan TikTok Shop tahun lalu')).toBe('how much sales TikTok Shop last year');
    expect(readMalay('pangsa pasar Temu', (word) => word === 'temu')).toBe('market share Temu');
    expect(readMalay('apakah Xiaohongshu menyimpan data pengguna di China?')).toBe(
      'is Xiaohongshu store user data in China?',
    );
  });

  it('leaves Slack markup as it is', () => {
    expect(readMalay('<@U0123ABC> siapa <https://example.com/apa|Jian Xu>?')).toBe(
      '<@U0123ABC> who is <https://example.com/apa|Jian Xu>?',
    );
  });

  it('leaves every English question of the eval set as it is', async () => {
    const set = parse(await readFile('tests/eval/questions.yaml', 'utf8')) as {
      in_scope: { q: string }[];
      out_of_scope: { q: string }[];
    };
    const questions = [...set.in_scope, ...set.out_of_scope].map((item) => item.q);
    const folder = 'knowledge/china-platforms-sea';
    const pack = await Promise.all(
      ['qa.yaml', 'aliases.yaml', 'figures.yaml'].map((f) => readFile(`${folder}/${f}`, 'utf8')),
    );
    const known = wordsOf(pack.join(' '));
    expect(questions.filter((q) => readMalay(q, (word) => known.has(word)) !== q)).toEqual([]);
  });

  it('reads a word the glossary lacks by its root, as affixed forms are built', () => {
    expect(readMalay('kapan Indonesia larang TikTok Shop?')).toBe('when Indonesia ban TikTok Shop?');
    expect(readMalay('bila larangan itu bermula')).toBe('when ban that start');
    expect(readMalay('siapa pelabur lain dalam entiti itu')).toBe('who is investor other in entity that');
    expect(readMalay('berapa pelaburannya')).toBe('how much investment');
    expect(readMalay('kenapa TikTok Shop digantung')).toBe('why TikTok Shop suspended');
  });

  it('reads the chat around a question, so its words are not taken for a missing topic', () => {
    expect(readMalay('eh geng, bos tanya tadi - berapa besar lebihan dagangan china? nak letak dalam slide')).toBe(
      'team, boss ask earlier - how big trade surplus china? want put in slide',
    );
    expect(readMalay('di mana xiaohongshu buka pejabat pertama luar tanah besar china')).toBe(
      'where xiaohongshu open office first outside mainland china',
    );
  });

  it("leaves every English question of the other articles' sets as it is", async () => {
    const folders = ['tests/eval/articles', 'tests/eval/more-articles'];
    const files = (
      await Promise.all(folders.map(async (folder) => (await readdir(folder)).map((name) => `${folder}/${name}`)))
    )
      .flat()
      .filter((file) => file.endsWith('.yaml') && !file.includes('china-platforms-sea'));
    const read: string[] = [];
    for (const file of files) {
      const set = parse(await readFile(file, 'utf8')) as {
        in_scope: { q: string; accept: string[]; answer: string }[];
        out_of_scope: { q: string }[];
      };
      // The article's own words, as its briefing knows them: its names (Askar, Temu) are never read as Malay.
      const known = wordsOf(set.in_scope.flatMap((item) => [...item.accept, item.answer]).join(' '));
      for (const { q } of [...set.in_scope, ...set.out_of_scope]) {
        if (readMalay(q, (word) => known.has(word)) !== q) read.push(q);
      }
    }
    expect(files.length).toBeGreaterThan(40);
    expect(read).toEqual([]);
  });

  it('never reads a name the briefing uses as the Malay word it spells', () => {
    const known = wordsOf('Temu Wang Zheng Askar');
    const knows = (word: string) => known.has(word);
    expect(readMalay('how big is temu', knows)).toBe('how big is temu');
    expect(readMalay('berapa pangsa pasar temu', knows)).toBe('how much market share temu');
    expect(readMalay('siapa wang zheng', knows)).toBe('who is wang zheng');
    expect(readMalay('siapa wang zheng')).not.toBe('who is wang zheng');
  });

  it('reads spoken Jakarta forms, loans with Malay prefixes and AS for the United States', () => {
    expect(readMalay('kapan indonesia nyuruh tiktok berhenti')).toContain('ordered');
    expect(readMalay('kenapa asia tenggara gampang nerima teknologi china')).toContain('receive');
    expect(readMalay('momentum works itu berbasis di mana')).toContain('basis');
    expect(readMalay('knp pejabat AS khawatir sama tiktok')).toContain('US');
  });

  it('reads the region, how long, and the words of a summary request', () => {
    expect(readMalay('gmv tiktok shop asia tenggara')).toBe('gmv tiktok shop southeast asia');
    expect(readMalay('brp lama TikTok Shop ditutup')).toContain('how long');
    expect(readMalay('yg ngitung data tiktok shop')).toContain('count');
    expect(readMalay('boleh ringkaskan artikel ni dalam satu dua ayat')).toContain('summarise');
    // "Mbak", "kak": how a question addresses someone, not a topic.
    expect(readMalay('mbak, tiktok shop sempet ditutup di indonesia gak sih')).not.toMatch(/mbak|sempet/);
  });

  it('decides on words no English question uses', () => {
    expect(isMalay('siapa dia')).toBe(true);
    expect(isMalay('Dan and Di met in the market')).toBe(false);
    // One Malay word in an English question is a name (the Māori iwi Ngāi Tahu); alone, or beside another, it is Malay.
    expect(isMalay('what does ngai tahu do with stranded whales')).toBe(false);
    expect(isMalay('tahu tak berapa GMV tiktok shop')).toBe(true);
    expect(isMalay('berapa GMV tiktok shop?')).toBe(true);
    for (const marker of ['apa', 'siapa', 'berapa', 'bila', 'kapan', 'kenapa', 'saham', 'jualan', 'pengguna'])
      expect(isEnglishWord(marker)).toBe(false);
  });
});
