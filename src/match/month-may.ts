// "May" the month, not the verb: "in May", "May 5", "5 May", "early May", but not "WASI may add". Written in lower
// case or not, as questions and pages write it; the patterns that find times in a text use it in place of "may".
export const MAY_THE_MONTH = String.raw`(?<=\b(?:in|since|until|by|from|last|next|this|early|late|mid|of|\d{1,2}(?:st|nd|rd|th)?) )may|may(?= \d)`;
