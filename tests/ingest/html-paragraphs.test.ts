import { describe, expect, it } from 'vitest';
import { htmlParagraphs } from '../../src/ingest/html-paragraphs.js';

describe('htmlParagraphs', () => {
  it('keeps a figure caption as a paragraph without its photo credit', () => {
    const html = `<p>Interest costs are rising.</p>
      <figure><p><span>Image</span><img src="x.jpg"></p>
      <figcaption><span>Interest payments could surpass the defence budget in 2023.</span><span itemprop="copyrightHolder"><span>Credit</span><span>Jeon Heon-Kyun/EPA</span></span></figcaption></figure>
      <figure><img src="y.jpg"><figcaption>Dig a hole in the oasis. (Lucy Akins)</figcaption></figure>
      <figure><img src="z.jpg"><figcaption>Water mains break in winter.CreditChang W. Lee/The New York Times</figcaption></figure>
      <figure><img src="w.jpg"><figcaption>Photo by James Martin/CNET</figcaption></figure>
      <figure><img src="v.jpg"><figcaption>The man ate the rabbit in Inner MongoliaCredit: Getty - Contributor</figcaption></figure>`;
    expect(htmlParagraphs(html).paragraphs).toEqual([
      'Interest costs are rising.',
      'Interest payments could surpass the defence budget in 2023.',
      'Dig a hole in the oasis.',
      'Water mains break in winter.',
      'The man ate the rabbit in Inner Mongolia',
    ]);
  });

  it("cuts an agency's photo credit that ends a caption set as a paragraph, and keeps other brackets", () => {
    const html = `<p>Pittsburgh Mayor Bill Peduto on Sunday near the Tree of Life synagogue in Pittsburgh. (Dustin Franz/AFP/Getty Images)</p>
      <p>Gunmen stormed the museum, killing at least 19 people, most of them foreign tourists. (Reuters)</p>
      <p>The oxygen bar lets customers breathe 80% to 90% pure oxygen from a disposable nasal cannula'. (Photo Credit : PTI File Photo )</p>
      <p>"Right on!" (This was about 1/3 of the replies.)</p><p>The AP reported it first (in print).</p>`;
    expect(htmlParagraphs(html).paragraphs).toEqual([
      'Pittsburgh Mayor Bill Peduto on Sunday near the Tree of Life synagogue in Pittsburgh.',
      'Gunmen stormed the museum, killing at least 19 people, most of them foreign tourists.',
      "The oxygen bar lets customers breathe 80% to 90% pure oxygen from a disposable nasal cannula'.",
      '"Right on!" (This was about 1/3 of the replies.)',
      'The AP reported it first (in print).',
    ]);
  });

  it("drops NPR's caption furniture: the credit and button after the caption, the credit and button alone", () => {
    const html = `<p>Dylann Roof is escorted from the Shelby Police Department in Shelby, N.C., on June 18, 2015. Chuck Burton/AP hide caption</p>
      <p>toggle caption</p><p>Chuck Burton/AP</p><p>A jury found Roof guilty on all 33 counts.</p>
      <p>Win McNamee/Getty Images</p><p>Input/Output</p><p>The Read/Write Web</p>`;
    expect(htmlParagraphs(html).paragraphs).toEqual([
      'Dylann Roof is escorted from the Shelby Police Department in Shelby, N.C., on June 18, 2015.',
      'A jury found Roof guilty on all 33 counts.',
      'Input/Output',
      'The Read/Write Web',
    ]);
  });

  it('drops a stock-agency credit standing alone, however the photographer is written', () => {
    // Credits of an eHow page (Readability's ehow-2), CNBC and Motley Fool pages among the saved pages.
    const html = `<p>Mark Stout/iStock/Getty Images</p><p>Instead of an evening dinner party, host a grad lunch.</p>
      <p>Natalie Naccache | Bloomberg | Getty Images</p><p>Image source: Getty Images.</p><p>Source: Shutterstock</p>
      <p>The company sold its photo archive to Getty Images.</p>`;
    expect(htmlParagraphs(html).paragraphs).toEqual([
      'Instead of an evening dinner party, host a grad lunch.',
      'The company sold its photo archive to Getty Images.',
    ]);
  });

  it("reads a table's row as one paragraph, and a cell's own paragraphs apart", () => {
    // A row of the Browns' snap-count table among Zyte's article-extraction benchmark pages, and a page laid out in a
    // table.
    const html = `<table><thead><tr><th>Pos</th><th>Player</th><th>Plays</th><th>%</th><th>Stats</th></tr></thead>
      <tbody><tr><td>LB</td><td>Joe Schobert</td><td>74</td><td>100%</td>
      <td>7 tackles, 3 assists (10 combined). 1 sack, 2 TFL, 2 QH, 2 INT, 4 passes defended.</td></tr></tbody></table>
      <table><tr><td><p>In December 2002, I tried to install some software on my computer.</p>
      <p>Then in January, Slashdot posted a link to it.</p></td></tr></table>`;
    expect(htmlParagraphs(html).paragraphs).toEqual([
      'Pos Player Plays % Stats',
      'LB Joe Schobert 74 100% 7 tackles, 3 assists (10 combined). 1 sack, 2 TFL, 2 QH, 2 INT, 4 passes defended.',
      'In December 2002, I tried to install some software on my computer.',
      'Then in January, Slashdot posted a link to it.',
    ]);
  });

  it('drops forms, asides, scripts and boilerplate lines, and reports headings', () => {
    const html = `<h2>Why it matters</h2><p>Rates rose.</p><aside>Related: other news</aside>
      <p>Advertisement</p><form><button>Subscribe</button></form><script>x()</script>
      <ul><li>First point.</li><li>Second point.</li></ul><p>Continue reading the main story</p>`;
    const { paragraphs, headings } = htmlParagraphs(html);
    expect(paragraphs).toEqual(['Why it matters', 'Rates rose.', 'First point.', 'Second point.']);
    expect(headings).toEqual([{ text: 'Why it matters', level: 2, index: 0 }]);
  });
});

describe("a web page's links to its own other stories", () => {
  const page = { webPage: { address: 'https://www.livescience.com/most-detailed-universe-simulation.html' } };

  it('keeps a paragraph that is only links to other pages of the site as an aside, and links elsewhere as article', () => {
    // Shaped like Live Science's and Fox News's pages among Zyte's benchmark pages, and a deals post's shop links.
    const html = `<p>The simulation tracks <a href="/dark-matter.html">dark matter</a> across a billion light-years.</p>
      <ul><li><a href="https://www.livescience.com/64955-stellar-star-images.html">15 Amazing Images of Stars</a></li>
      <li><a href="/63847-facts-about-the-milky-way.html">11 Fascinating Facts About Our Milky Way Galaxy</a></li></ul>
      <p><a href="https://video.livescience.com/v/1">Watch the galaxy clusters form</a></p>
      <p><a href="https://www.amazon.com/dp/B07">Get it on Amazon for $649.99</a></p>
      <h2><a href="#method">How it was run</a></h2><p>It ran on 24,000 processors.</p>`;
    const read = htmlParagraphs(html, page);
    // As a reader view shows it: nothing is lost from the text.
    expect(read.paragraphs).toHaveLength(7);
    expect(read.asides).toEqual(['15 Amazing Images of Stars', '11 Fascinating Facts About Our Milky Way Galaxy']);
    // A Markdown or Word document's links are the writer's own: no asides.
    expect(htmlParagraphs(html).asides).toEqual([]);
  });

  it("reads the Express's teasers, a link and a tag on each line, as asides, and a sentence with a link as article", () => {
    const express = { webPage: { address: 'https://www.express.co.uk/news/world/1206313/hong-kong-latest' } };
    const html = `<p>Police said <a href="/news/world/1">the protesters</a> [had] left the campus.</p>
      <p><a href="/news/world/1188134/china-news-hong-kong">China furious at Macron for Hong Kong protest jibe</a>
      [<strong>INSIGHT]|<br></strong><a href="/sport/othersport/1188822/lakers-nets">Lakers vs Nets: NBA make final
      decision on game amid China turmoil</a> [VIDEO]</p>`;
    expect(htmlParagraphs(html, express).asides).toEqual([
      'China furious at Macron for Hong Kong protest jibe [INSIGHT]|',
      'Lakers vs Nets: NBA make final decision on game amid China turmoil [VIDEO]',
    ]);
  });

  it("reads a song's lines each linked to its note on the same page (Genius) as article", () => {
    const genius = { webPage: { address: 'https://genius.com/Prince-and-the-revolution-purple-rain-lyrics' } };
    const html = `<p><a href="/Prince-and-the-revolution-purple-rain-lyrics#note-1">[Verse 1]</a><br>
      <a href="/Prince-and-the-revolution-purple-rain-lyrics#note-2">I never meant to cause you any sorrow</a><br></p>`;
    const read = htmlParagraphs(html, genius);
    expect(read.paragraphs).toEqual(['[Verse 1]', 'I never meant to cause you any sorrow']);
    expect(read.asides).toEqual([]);
  });

  it("reads a link's lines and a table's linked values as article", () => {
    // A link around several lines; Wikipedia's infobox links each value to its article.
    const html = `<p><a href="/12345/Prince/I-never-meant">I never meant to cause you any sorrow<br>
      I never meant to cause you any pain</a></p>
      <table><tr><th><div><a href="/wiki/Monarchy">Monarch</a></div></th><td><a href="/wiki/Elizabeth_II">Elizabeth II</a></td></tr></table>`;
    const read = htmlParagraphs(html, page);
    expect(read.paragraphs).toEqual([
      'I never meant to cause you any sorrow',
      'I never meant to cause you any pain',
      'Monarch',
      'Elizabeth II',
    ]);
    expect(read.asides).toEqual([]);
  });
});

describe('isBoilerplate', () => {
  it('cuts credit lines, copyright notices and page furniture', async () => {
    const { isBoilerplate } = await import('../../src/ingest/boilerplate.js');
    for (const line of [
      'CreditChang W. Lee/The New York Times',
      'Credit: Reuters',
      'Credit Jeon Heon-Kyun/EPA, via Shutterstock',
      'Credit Getty Images',
      '© 2024 Example News Ltd. All rights reserved.',
      'Copyright 2019 The Associated Press.',
      // Rules, marks and buttons Readability keeps (the Miami Herald, the AP's pages, phys.org, among saved pages).
      '==========',
      '* * *',
      '___',
      '/*',
      '•',
      'Sign In',
      'This document is subject to copyright. Apart from any fair dealing for the purpose of private study or research, no part may be reproduced without the written permission.',
      // The Hill's footer, among Zyte's article-extraction benchmark pages.
      'The contents of this site are ©2019 Capitol Hill Publishing Corp., a subsidiary of News Communications, Inc.',
      'Continue reading the main story',
      'Advertisement',
      'A version of this article appears in print on Sept. 25, 2018, on Page A1 of the New York edition.',
      'SIGN UP FOR OUR NEWSLETTER',
      '1 / 5',
      // From real pages (Postlight's test pages: al.com, Ars Technica, Bloomberg, Prospect, The Verge).
      'skimming scheme seized cash and cards.jpg',
      'Note to readers: if you purchase something through one of our affiliate links we may earn a commission.',
      'Tech —',
      'Biz & IT —',
      'LEARN MORE',
      'When you sign up for this free report, you will also join our free Prospect newsletter.',
      'Sign up for Command Line, a paid weekly newsletter from Alex Heath about the tech industry’s inside conversation.',
      'Prospect takes your privacy seriously. We promise never to rent or sell your e-mail address to any third party. You can unsubscribe from the Prospect newsletter at any time.',
      // A Hearst newspaper's photo gallery and the New York Post's byline links, among Zyte's benchmark pages.
      'Photo: Damian Dovarganes, AP',
      'Image 1 of / 23',
      'Image 1 of 23',
      'Caption',
      'Close',
      'Enlarge Image',
      'View author archive',
      'email the author',
      'More articles from Emiliano Bellini',
      "DON'T MISS",
      'You may also like',
      'Trending',
      'LATEST NEWS',
      // Fox Business, among Zyte's benchmark pages: a button over the rest of the story and a time stamp relative to
      // when the page was saved.
      'Continue Reading Below',
      'Published 1 day ago',
      'Updated 3 hours ago',
      // Saved pages among Readability's, Postlight's and Zyte's: the site's mail and its ads.
      'Breaking News Emails',
      'Get breaking news alerts and special reports. The news and stories that matter, delivered weekday mornings.',
      "Stop the censors, sign up to get today's top stories delivered right to your inbox",
      'Cities are changing fast. Keep up with the CityLab Daily newsletter.',
      'Subscribe to WIRED and stay smart with more of your favorite Ideas writers.',
      'Need more space? Subscribe to our sister title "All About Space" Magazine for the latest amazing news!',
      'Advertisement - story continues below',
      'Get access to India\'s fastest growing financial subscriptions service Moneycontrol Pro for as little as Rs 599 for first year. Use the code "GETPRO". Moneycontrol Pro offers you all the information you need.',
      'READ MORE ON FOX BUSINESS BY CLICKING HERE',
      'Read more from Jennifer Rubin:',
      'Share this post:',
      'Log in or sign up for the best experience',
      'Post Comment (+)',
      'Comments (12)',
      // A blog's heading over its comments (Mozilla's Firefox Nightly blog among Readability's pages).
      '2 comments on “These Weeks in Firefox: Issue 85”',
      'One thought on “Open Verilog flow for Silego GreenPak4”',
      '[What you need to know to start the day: Get New York Today in your inbox.]',
      'Under the City’s Streets, A Battle Against Winter. Order Reprints | Today’s Paper | Subscribe',
    ])
      expect(isBoilerplate(line), line).toBe(true);
  });

  it('keeps article sentences and subheadings that start with the same words', async () => {
    const { isBoilerplate } = await import('../../src/ingest/boilerplate.js');
    for (const line of [
      'Credit card debt rose 5 percent in the second quarter.',
      "Credit Suisse's rescue",
      'Copyright law in the European Union changed in 2019.',
      'The first cartoon (© 1928) entered the public domain in 2024.',
      // A line of a code listing.
      '}',
      ');',
      'Photographers said the agency had ignored them.',
      '2 comments on the post were deleted within an hour.',
      'Subscribers to the newsletter rose 40 percent.',
      'The streaming service sold subscriptions for as little as $1 a month, and lost money on each one.',
      'Share prices fell.',
      'The photo, cards.jpg, was shared widely.',
      'Affiliate marketers earn a commission on each sale.',
      'Learn more about the program at its website, the company said.',
      'Tech stocks fell — again.',
      'More than 2,000 readers signed up for the newsletter in its first week, according to the company.',
      'Photo sharing grew fastest among teenagers.',
      'Image 1 of the report shows the trend.',
      'Close to half of the buyers paid cash.',
      'More articles from the archive were read than new ones.',
      "Don't miss the deadline on Friday.",
      'Trending topics shifted after the launch.',
      'Published 1 day ago, the report was read by thousands.',
      'Continue reading below the fold, editors told staff.',
      'The report was delivered to every member of the board.',
      'Subscribers to the service paid $10 a month.',
      'Read more about ad blocking here.',
      'For every email I deleted, two more landed in my inbox.',
      'Post comment threads grew (12 percent).',
    ])
      expect(isBoilerplate(line), line).toBe(false);
  });
});
