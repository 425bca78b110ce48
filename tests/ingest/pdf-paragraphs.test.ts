import { describe, expect, it } from 'vitest';
import { type PdfRun, pdfParagraphs } from '../../src/ingest/pdf-paragraphs.js';

// A small A4 layout written by hand: body text at 10 pt, 12 pt apart, from x=50 to x=500.

const HEIGHT = 842;
const run = (str: string, y: number, options: Partial<PdfRun> = {}): PdfRun => ({
  str,
  x: 50,
  y,
  width: options.width ?? str.length * 5,
  fontSize: 10,
  hasEOL: true,
  ...options,
});
/** A full-width line (wrapped by the layout), and a short one (the last of its paragraph). */
const full = (str: string, y: number) => run(str, y, { width: 450 });
const page = (...runs: PdfRun[]) => ({ height: HEIGHT, runs });
const texts = (pages: ReturnType<typeof page>[]) => pdfParagraphs(pages).paragraphs.map((p) => p.text);

describe('pdfParagraphs', () => {
  it('joins wrapped lines and starts a paragraph after a short line that ends a sentence', () => {
    const result = texts([
      page(
        full('Container traffic rose 12 percent in 2024, the', 700),
        run('fastest growth in a decade.', 688),
        full('Rail connections carried 38 percent of inland', 676),
        run('containers.', 664),
      ),
    ]);
    expect(result).toEqual([
      'Container traffic rose 12 percent in 2024, the fastest growth in a decade.',
      'Rail connections carried 38 percent of inland containers.',
    ]);
  });

  it('joins a word hyphenated at a line end, but keeps the hyphen of a compound', () => {
    const result = texts([
      page(
        full('The new terminal handled twenty-foot equiva-', 700),
        full('lent units with well-', 688),
        run('equipped cranes.', 676),
      ),
    ]);
    expect(result).toEqual(['The new terminal handled twenty-foot equivalent units with well-equipped cranes.']);
  });

  it('cuts a running header and page numbers, and joins a paragraph across the page break', () => {
    const header = (n: number) => run(`Annual Review 2025 · Northport ${n}`, 800);
    const result = texts([
      page(header(1), full('The authority plans to deepen the channel so', 700), run('- 1 -', 40)),
      page(header(2), run('that the largest ships can enter at any tide.', 780), run('- 2 -', 40)),
      page(header(3), run('A hearing is scheduled for the autumn.', 780), run('Page 3 of 3', 40)),
    ]);
    expect(result).toEqual([
      'The authority plans to deepen the channel so that the largest ships can enter at any tide.',
      'A hearing is scheduled for the autumn.',
    ]);
  });

  it('joins a name broken at a line end as the document writes it elsewhere, else keeps its hyphen', () => {
    const result = texts([
      page(
        full('We call the resulting tracing VM Trace-', 700),
        full('Monkey. It reached the Anglo-', 688),
        run('American market before TraceMonkey shipped.', 676),
      ),
    ]);
    expect(result).toEqual([
      'We call the resulting tracing VM TraceMonkey. It reached the Anglo-American market before TraceMonkey shipped.',
    ]);
  });

  it('joins a word broken at a line end whose hyphen the text layer left out, but not two words', () => {
    // LaTeX's tagged PDFs give the hyphen of "docu-" as no text: the line ends "docu" and the next begins "ment".
    const result = texts([
      page(
        full('This shows a typical two-column docu', 700),
        full('ment with tables, and it is in', 688),
        full('cluding figures set all a', 676),
        run('round the page.', 664),
      ),
    ]);
    expect(result).toEqual([
      'This shows a typical two-column document with tables, and it is including figures set all a round the page.',
    ]);
  });

  it("cuts a page number set higher than the page's bottom eighth, as LaTeX's A4 page does", () => {
    // pdflatex puts it 117 pt up an 842 pt page; read as text, it began the next page's paragraph.
    const result = texts([
      page(full('The channel will be deepened to fifteen metres so', 700), run('1', 117, { x: 295 })),
      page(run('that the largest ships can enter at any tide.', 780), run('2', 117, { x: 295 })),
    ]);
    expect(result).toEqual([
      'The channel will be deepened to fifteen metres so that the largest ships can enter at any tide.',
    ]);
  });

  it('keeps a number in the body of the page', () => {
    const result = texts([
      page(full('Berths in use at the end of the year:', 700), run('12', 688), run('Most are on the east quay.', 660)),
    ]);
    expect(result.join('\n')).toMatch(/\b12\b/);
  });

  it('starts a paragraph where the font size changes (a heading) or the spacing opens', () => {
    const result = texts([
      page(
        run('What comes next', 700, { fontSize: 14 }),
        full('The dredging is awaiting an environmental', 680),
        run('permit and a hearing', 668),
        run('Fishermen have objected.', 640),
      ),
    ]);
    expect(result).toEqual([
      'What comes next',
      'The dredging is awaiting an environmental permit and a hearing',
      'Fishermen have objected.',
    ]);
  });

  it('joins Chinese lines with no space between characters', () => {
    const result = texts([
      page(full('谷歌在2014年收购的人工智能公司开发出一款能够', 700), run('学习新知识的计算机。', 688)),
    ]);
    expect(result).toEqual(['谷歌在2014年收购的人工智能公司开发出一款能够学习新知识的计算机。']);
  });

  it('puts runs on one baseline into one line, with a space where a gap separates words', () => {
    const result = texts([
      page(
        run('Shore power', 700, { hasEOL: false, width: 55 }),
        run('was used on 41 percent of calls.', 700, { x: 108, width: 160 }),
      ),
    ]);
    expect(result).toEqual(['Shore power was used on 41 percent of calls.']);
  });

  it('puts no space where a Chinese run meets a Latin one across a narrow gap', () => {
    const result = texts([
      page(
        run('DeepMind', 700, { hasEOL: false, width: 50 }),
        run('表示，这款名为', 700, { x: 103, width: 70, hasEOL: false }),
        run('DNC', 700, { x: 176, width: 20, hasEOL: false }),
        run('的AI模型。', 700, { x: 199, width: 50 }),
      ),
    ]);
    expect(result).toEqual(['DeepMind表示，这款名为DNC的AI模型。']);
  });
});
