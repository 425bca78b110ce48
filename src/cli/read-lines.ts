import { StringDecoder } from 'node:string_decoder';

// `ask --batch` answers one question per line, and a line ends at "\n" only. node:readline also breaks at a lone
// "\r" (and at nothing else a question could hold), which turned 4 input lines into 9 replies; this reader keeps
// every other character, a lone "\r" included, inside its line. A "\r\n" ending (a file saved on Windows) is one
// line ending, as before.

/** The "\n"-terminated lines of a stream (the last one may lack its "\n"), decoded as UTF-8. */
export async function* readLines(input: AsyncIterable<Buffer | string>): AsyncGenerator<string> {
  const decoder = new StringDecoder('utf8');
  let pending = '';
  for await (const chunk of input) {
    pending += typeof chunk === 'string' ? chunk : decoder.write(chunk);
    let end = pending.indexOf('\n');
    while (end !== -1) {
      yield withoutCarriageReturn(pending.slice(0, end));
      pending = pending.slice(end + 1);
      end = pending.indexOf('\n');
    }
  }
  pending += decoder.end();
  if (pending !== '') yield withoutCarriageReturn(pending);
}

function withoutCarriageReturn(line: string): string {
  return line.endsWith('\r') ? line.slice(0, -1) : line;
}
