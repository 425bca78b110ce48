// Lines a page shows around an article that are not the article: photo credits, "continue reading" links, print
// notes, newsletter prompts, share bars. Reader views leave some of them in; a briefing must never answer from them.
// Each pattern matches a whole paragraph (after whitespace is normalised).

const PATTERNS: readonly RegExp[] = [
  /^(?:photo|image|video|graphic|audio)$/i,
  // A rule or a stray mark set as a paragraph: "==========", "* * *", "___", "/*", "•". Not a line of code ("}", ")").
  /^[\s=*_\-–—―•·~#./\\…"“”]+$/u,
  /^(?:sign in|log in|sign out|log out)$/i,
  // phys.org's footer: "This document is subject to copyright. Apart from any fair dealing ..."
  /^this (?:document|article|story|material) is subject to copyright\b.{0,300}$/i,
  // "Photo by ...", "Photo: Damian Dovarganes, AP", "Image credit ...".
  /^(?:photo|image|video|illustration|graphic)s?\s*(?:by\b|:|credit\b).{0,120}$/i,
  // "CreditChang W. Lee/The New York Times", "Credit: Reuters", "Credit Jeon Heon-Kyun/EPA", "Credit Getty Images"; not
  // a sentence or a subheading about credit ("Credit card debt rose.", "Credit Suisse's rescue").
  /^Credits?(?:(?=\p{Lu})|\s*[:\-–]\s*).{1,160}$/u,
  /^Credits?\s+(?=.*(?:\/|\b(?:Getty|AP|AFP|Reuters|EPA|Shutterstock|Images?|Photo|Alamy|Bloomberg|Xinhua|Associated Press|via|for The)\b)).{1,160}$/,
  /^credits?$/i,
  /^continue reading(?: the main story| below)?\.?$/i,
  // A time stamp relative to when the page was saved ("Published 1 day ago", "Updated 3 hours ago"): it dates nothing
  // once the page is a briefing.
  /^(?:published|updated|posted|last updated)\s+(?:\d{1,3}|an?|one)\s+(?:second|minute|hour|day|week|month|year)s?\s+ago\.?$/i,
  /^(?:advertisement|sponsored(?: content)?|ad|story continues below(?: advertisement)?)$/i,
  /^advertisement\s*[-–—:|]?\s*(?:the )?(?:story|article) continues below$/i,
  /^related(?: posts| stories| articles| coverage| reading)?\s*:.{0,200}$/i,
  /^(?:read|see) (?:more|also)\s*:.{0,200}$/i,
  // "Read more from Jennifer Rubin:", "READ MORE ON FOX BUSINESS BY CLICKING HERE": a link to the site's other stories.
  /^read more (?:from|by)\b.{0,60}:$/i,
  /^read more\b.{0,60}\bclick(?:ing)? here[.!]?$/i,
  // "[Read: Tunisia sends most foreign fighters to Islamic State in Syria]": a link to another story.
  /^\[\s*(?:read|see|watch|listen|related|more)\b[^\]]{0,200}\]$/i,
  /^a version of this article appears in print\b.*$/i,
  /^(?:sign up|subscribe)\b.{0,80}(?:newsletter|updates|inbox)\b.{0,80}$/i,
  // A blog's heading over its comments: "2 comments on “These Weeks in Firefox: Issue 85”", "One thought on “...”",
  // "12 Responses to ...". Its count is of comments, never a figure of the article.
  /^(?:\d{1,5}|one|no)\s+(?:comments?|thoughts?|responses?|replies|reply)\s+(?:on|to)\s+["“'‘].{1,200}["”'’]\.?$/i,
  // A comment button: "Post Comment (+)", "Comments (12)".
  /^(?:post (?:a )?comments?|comments?)\s*\(\+?\d*\)$/i,
  /^(?:share|share this|share on|tweet|email|print|save|comment|comments|leave a (?:reply|comment))(?:\s+(?:on|this|article|story|post|facebook|twitter|x|linkedin|whatsapp|email))*\s*[:.]?$/i,
  /^(?:order reprints|today'?s paper|subscribe)(?:\s*\|\s*(?:order reprints|today'?s paper|subscribe))*$/i,
  // The New York Times' print links run on after the headline: "Under the City’s Streets, A Battle Against Winter. Order
  // Reprints | Today’s Paper | Subscribe".
  /^.{0,200}\border reprints\s*\|\s*today['’]?s paper\s*\|\s*subscribe$/i,
  /^(?:follow|like) us on\b.{0,120}$/i,
  /^(?:click here|tap here)\b.{0,120}$/i,
  // "© 2024 Example News", "Copyright 2024 ...", "All rights reserved."; not a sentence about copyright law.
  /^(?:©|\(c\)\s*\d{4}|copyright\s*(?:©|\(c\)|\d{4})|all rights reserved).{0,160}$/i,
  /^.{0,120}\ball rights reserved\.?$/i,
  // "The contents of this site are ©2019 Capitol Hill Publishing Corp., a subsidiary of ...": a footer naming the year.
  /^.{0,80}©\s?\d{4}(?:[-–]\d{2,4})?,?\s+\p{Lu}.{0,160}$/u,
  /^(?:转播到腾讯微博|分享到|责任编辑|相关阅读|更多精彩|精彩视频推荐|精彩推荐|热门推荐)[：:]?.{0,40}$/,
  /^[[【(（]?(?:责任编辑|编辑|来源|作者)[：:].{0,40}[\]】)）]?$/,
  // Reprint notices: "【...未经授权，不得转载、摘编等。】", "版权所有"
  /^[[【(（]?.{0,80}(?:未经授权|不得转载|版权所有).{0,40}[\]】)）]?$/,
  /^您认为这篇文章.{0,60}[？?]$/,
  /^source link$/i,
  /^(?:was this|found this) (?:article |page )?helpful\??$/i,
  /^view (?:photo|photos|gallery|slideshow|image|video)s?$/i,
  // Slideshow counters and buttons: "1 / 5", "3 of 12", "Image 1 of / 23", "Caption", "Close", "Enlarge Image".
  /^\d{1,3}\s*(?:\/|of)\s*\d{1,3}$/,
  /^(?:image|photo|picture|slide)\s+\d{1,3}\s+of\s*\/?\s*\d{0,3}$/i,
  /^(?:caption|close|enlarge(?: this)? (?:image|photo)|text size)$/i,
  // The label over a box of other stories: "DON'T MISS", "You may also like", "Trending", "LATEST NEWS".
  /^(?:don['’]?t miss|(?:you )?(?:may|might) also like|recommended(?: for you)?|trending(?: now| stories)?|most (?:popular|read|viewed)|(?:latest|breaking|top|more) (?:news|stories|headlines)|editor['’]?s picks)\s*[.:…]*$/i,
  // The writer's links beside a byline: "View author archive", "email the author", "More articles from Emiliano
  // Bellini".
  /^(?:view author archive|email the author|about the author)$/i,
  /^More (?:articles|stories|posts) (?:from|by)(?: \p{Lu}[\p{L}.'’-]*){1,4}$/u,
  // A picture's file name where its caption would be ("skimming scheme seized cash and cards.jpg").
  /^[\p{L}\p{N}\s.,'’()_-]{1,120}\.(?:jpe?g|png|gif|webp|svg|tiff?)$/iu,
  // "Note to readers: if you purchase something through one of our affiliate links we may earn a commission."
  /^(?=.*\baffiliate\b)(?=.*\bcommissions?\b)(?=.*\b(?:we|us|our)\b).{0,240}$/i,
  // The section a story is filed under, as a label ending in a dash ("Tech —", "Biz & IT —").
  /^\p{Lu}[\p{L}&' ]{0,30}\s*[—–]$/u,
  // A button's words ("LEARN MORE", "Learn more", "Show more").
  /^(?:learn more|read more|sign up|subscribe now|shop now|buy now|get the app|download the app|watch now|listen now|see more|more stories|load more|show more)[.!]?$/i,
  // A newsletter's pitch or its privacy promise: "When you sign up for this free report, you will also join our free
  // Prospect newsletter.", "... takes your privacy seriously ... You can unsubscribe ...".
  /^.{0,80}\b(?:sign up|subscribe|keep up with|get)\b.{0,80}\bnewsletters?\b.{0,120}$/i,
  // The pitch for a site's mail ("Get breaking news alerts and special reports. The news and stories that matter,
  // delivered weekday mornings.", "... sign up to get today's top stories delivered right to your inbox"), and its title.
  /^.{0,160}\bdelivered\b.{0,30}\b(?:to your inbox|weekday mornings|every (?:morning|weekday|day|week))\b.{0,40}$/i,
  /^breaking news (?:emails?|alerts?)$/i,
  // "[What you need to know to start the day: Get New York Today in your inbox.]", "Sign up to the Quartz Africa Weekly
  // Brief here for news and analysis on African business, tech and innovation in your inbox".
  /^\[?.{0,100}\b(?:get|sign up|subscribe)\b.{0,120}\b(?:in|to|into) your inbox[.!]?\]?$/i,
  // "Subscribe to WIRED and stay smart ...", "Need more space? Subscribe to our sister title ...": the site's own ad.
  /^(?:.{0,80}[?!.–—-]\s+)?subscribe (?:to|on|for)\b.{0,160}$/i,
  // "Get access to ... Moneycontrol Pro for as little as Rs 599 for first year. Use the code "GETPRO". ...": the site's
  // subscription sold with a promo code, which no story gives.
  /^(?=.*\bsubscri(?:be|ption|ptions)\b)(?=.*\b(?:use (?:the )?(?:promo |coupon |discount )?code|promo code|coupon code)\b).{0,600}$/i,
  /^(?:log|sign) in or sign up\b.{0,80}$/i,
  /^(?=.*\bprivacy\b)(?=.*\bunsubscribe\b).{0,400}$/i,
  // A caption's buttons (NPR: "hide caption", "toggle caption").
  /^(?:hide|toggle|show|expand) caption$/i,
  // A photo credit standing alone: "Chuck Burton/AP", "Win McNamee/Getty Images" (a name of two words or more, so not
  // "Input/Output" or "The Read/Write Web").
  /^(?!(?:The|A|An|Our|My|Your|Their|His|Her|Its)\s)\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+){1,3}\s?\/\s?\p{Lu}[\p{L}&.'’-]*(?:\s+\p{Lu}[\p{L}&.'’-]*){0,3}$/u,
  // A credit ending in a stock agency, however the photographer is written: "Mark Stout/iStock/Getty Images",
  // "jethuynh/iStock/Getty Images", "Natalie Naccache | Bloomberg | Getty Images", "Image source: Getty Images.",
  // "Source: Shutterstock", or the agency alone.
  /^(?:[\p{L}\p{N}.'’ -]{1,40}\s?[/|]\s?){1,3}(?:Getty Images|iStock(?:photo)?|Shutterstock|Thinkstock|Alamy)\.?$/u,
  /^(?:(?:Image|Photo|Picture)\s+)?(?:source|credit)s?\s*:\s*.{0,60}\b(?:Getty Images|iStock(?:photo)?|Shutterstock|Thinkstock|Alamy)\b.{0,40}$/i,
  /^(?:Getty Images|iStock(?:photo)?|Shutterstock|Thinkstock)\.?$/,
];

export function isBoilerplate(paragraph: string): boolean {
  const text = paragraph.trim();
  return text.length === 0 || PATTERNS.some((pattern) => pattern.test(text));
}

/**
 * Tail credits cut from a caption: "...in Paris. Credit Jeon Heon-Kyun/EPA", "...treatmentCredit: EPA", "... (Lucy
 * Akins)", "Photo by X/CNET".
 */
const CAPTION_CREDITS: readonly RegExp[] = [
  /(?:^|(?<=[.!?"”’)]))\s*(?:Credits?\s*:?\s*){1,2}\S.*$/,
  // "... sought treatmentCredit: EPA": the Sun sets the credit against the caption's last word.
  /(?<=\p{Ll})Credits?:(?:\s.{0,80})?$/u,
  /(?:^|\s+)(?:Photo|Photograph|Image|Picture|Illustration|Graphic|Video)s?(?:\s+(?:by|courtesy(?:\s+of)?|credit)|\s*:)\s+\S.*$/i,
  /\s*\((?:[^()]*\/[^()]*|[^()]*\b(?:AP|AFP|Reuters|Getty|Shutterstock|EPA|Bloomberg|Xinhua|Courtesy|Photo)\b[^()]*|(?:\p{Lu}[\p{L}.'’-]*\s?){1,4})\)$/u,
  /\s+\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+){0,3}\s*\/\s*\p{Lu}[\p{L}&.' -]{1,40}$/u,
];

export function stripCaptionCredit(caption: string): string {
  let text = caption;
  for (const pattern of CAPTION_CREDITS) text = text.replace(pattern, '');
  text = text.trim();
  return /\p{L}/u.test(text) ? text : '';
}

/**
 * "... near the synagogue. (Dustin Franz/AFP/Getty Images)", "... foreign tourists. (Reuters)", "... nasal cannula'. (Photo
 * Credit : PTI File Photo )": a photo caption the page set as a paragraph, its credit ending it in brackets after the
 * sentence. Cut as a figure caption's credit is.
 */
const AGENCY_CREDIT =
  /(?<=[.!?"”’'])\s*\((?:(?=[^()]*\b(?:AP|AFP|Reuters|Getty Images|Shutterstock|EPA|Bloomberg|Xinhua)\b)|(?:[Pp]hoto|[Ii]mage|[Pp]icture)s?(?:\s*[Cc]redits?)?\s*:)[^()]*\)$/;
/** "... on June 18, 2015. Chuck Burton/AP hide caption": NPR's caption, its credit and button run on after it. */
const CAPTION_BUTTON =
  /(?<=[.!?"”’])\s+(?:\p{Lu}[\p{L}.'’-]+\s+){1,3}?[^\s/]+\s?\/\s?[^/]{1,40}?\s+(?:hide|toggle) caption$/u;

export function stripAgencyCredit(paragraph: string): string {
  return paragraph.replace(AGENCY_CREDIT, '').replace(CAPTION_BUTTON, '');
}
