import { describe, expect, it } from 'vitest';
import { detectLanguage, pageLanguage } from '../../src/ingest/language.js';

describe('detectLanguage', () => {
  it('tells Chinese, Japanese and Korean from Latin-script text by their scripts', () => {
    expect(detectLanguage('DeepMind称，DNC还可以帮你规划从沼泽门到皮卡迪利广场的最佳路线。')).toBe('zh');
    expect(detectLanguage('トレンドマイクロは3月9日、スマホ向けのセキュリティアプリを公開した。')).toBe('ja');
    expect(detectLanguage('삼성전자는 올해 반도체 투자를 늘린다고 밝혔다.')).toBe('ko');
    expect(detectLanguage('Container traffic rose 12 percent in 2024.')).toBe('en');
  });

  it('reads a Chinese article with English names in it as Chinese', () => {
    expect(detectLanguage('DeepMind的AlphaGo AI能够打败围棋冠军也跟这些神经网络有很大关系。')).toBe('zh');
  });
});

describe('pageLanguage', () => {
  it("keeps the page's own tag, canonical", () => {
    expect(pageLanguage('en-us', 'Traffic rose.')).toBe('en-US');
    expect(pageLanguage('zh-TW', '一波波接續性低溫寒流報到')).toBe('zh-TW');
  });

  it('lets the text overrule a tag in the wrong script (a Chinese page whose template says lang="en")', () => {
    expect(pageLanguage('en', '谷歌在2014年收购的人工智能公司开发出一款计算机。')).toBe('zh');
  });

  it('falls back to the text without a usable tag', () => {
    expect(pageLanguage(null, 'Traffic rose.')).toBe('en');
    expect(pageLanguage('not a tag!', '谷歌收购了人工智能公司。')).toBe('zh');
  });
});
