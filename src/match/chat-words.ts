// The chat around a question at work: when and where the asker needs the answer ("before our Monday sync", "for
// Thursday's QBR", "prepping a slide for the APAC standup") and how they excuse the question ("newbie q", "dumb
// question"). Such a word is never what is asked: it is no unknown name that makes a question about something the
// briefing lacks, and it weighs little, like the light words (see stopwords.ts). A pack that uses one still matches it.

const WORDS = `
monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun weekend weekday
mondays tuesdays wednesdays thursdays fridays weekends eod eow cob asap
sync syncs standup standups huddle huddles meeting meetings call calls offsite offsites allhands townhall retro
retros sprint qbr mbr wbr okr okrs catchup kickoff deck decks slide slides memo memos agenda prep prepping preparing
debrief workshop webinar presentation
newbie noob n00b dumb silly stupid basic beginner
`;

export const CHAT_WORDS: ReadonlySet<string> = new Set(WORDS.split(/\s+/).filter(Boolean));
