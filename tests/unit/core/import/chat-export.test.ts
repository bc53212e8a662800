/** Chat exports: the message header is the unit; a headline-and-lead message is a story dated by its header. */
import { describe, expect, it } from 'vitest';
import { chatStories, footedPosts } from '../../../../renderer/src/core/import/chat-export';
import { importPlainTextResult } from '../../../../renderer/src/core/import/importers/text';
import { findLostLines } from '../../../../renderer/src/core/import/coverage';

const ANDROID = [
  '3/10/23, 08:14 - Messages and calls are end-to-end encrypted.',
  '3/10/23, 09:00 - Ana Ruiz: *Peru and Chile link their single windows*',
  'Customs teams of both countries exchanged the first electronic certificates of origin this week. The pilot handles about 900 certificates a month.',
  '3/10/23, 09:01 - Ana Ruiz: <Media omitted>',
  '3/10/23, 09:20 - Luis: Thanks!',
  '14/10/23, 17:45 - Ana Ruiz: Mexico hosts a fintech forum',
  '',
  'Regulators from the four members met in Mexico City to compare sandbox rules for digital payments.',
  'They will publish a joint note.',
  '14/10/23, 17:46 - Ana Ruiz: https://example.org/fintech',
].join('\n');

describe('chatStories', () => {
  it('turns headline-and-lead messages into stories dated by their headers and sets the rest aside', () => {
    const r = chatStories(ANDROID.split('\n'));
    expect(r).not.toBeNull();
    const filled = (r?.out ?? []).filter((l) => l.length > 0);
    expect(filled).toEqual([
      'Peru and Chile link their single windows', '2023-10-03',
      'Customs teams of both countries exchanged the first electronic certificates of origin this week. The pilot handles about 900 certificates a month.',
      'Mexico hosts a fintech forum', '2023-10-14',
      'Regulators from the four members met in Mexico City to compare sandbox rules for digital payments.', 'They will publish a joint note.',
    ]);
    expect(r?.removed).toContain('3/10/23, 09:20 - Luis: Thanks!');
    expect(r?.removed).toContain('14/10/23, 17:46 - Ana Ruiz: https://example.org/fintech');
  });

  it('reads month-first exports (iOS brackets) when the file shows it, and leaves other text alone', () => {
    const ios = ['[10/3/23, 9:00:12 AM] Ana: Ports agree on data format', 'The port authorities will publish monthly container figures in one shared format.',
      '[10/14/23, 10:00:00 AM] Ana: ok', '[10/15/23, 10:00:00 AM] Luis: 👍'].join('\n');
    const r = chatStories(ios.split('\n'));
    expect(r?.out.filter((l) => l.length > 0).slice(0, 2)).toEqual(['Ports agree on data format', '2023-10-03']);
    expect(chatStories('12/9/23 was the day.\nLIMA, 12 sep (EFE).- Texto.\nOtro párrafo.'.split('\n'))).toBeNull();
  });

  it('imports a chat export as its stories with nothing lost and no chit-chat glued to a body', () => {
    const r = importPlainTextResult(ANDROID, 'chat.txt');
    expect(r.bulletins.map((b) => [b.title, b.date])).toEqual([
      ['Peru and Chile link their single windows', '2023-10-03'],
      ['Mexico hosts a fintech forum', '2023-10-14'],
    ]);
    expect(r.bulletins[1]?.body.endsWith('They will publish a joint note.')).toBe(true);
    expect(findLostLines(r.sourceLines, r.bulletins, r.removed)).toEqual([]);
  });
});

const CHANNEL = [
  'Trade Notes', '2 140 subscribers', 'A digest of regional trade news. Not official.',
  'March 3', 'Channel photo updated',
  'March 4', 'Ports agree on a shared data format', '',
  'The port authorities will publish monthly container figures in one shared format from April.', '2.1K', '10:32',
  'Forwarded from Andina English', 'Chile opens a trade office in Lima', '',
  'The office will help exporters of services find partners in Peru and Colombia this year.', '1.1K', 'edited 15:47',
  'March 6', 'Trade Notes pinned «Ports agree on a shared data format and more…»', 'Fintech regulators compare sandboxes', '',
  'Regulators of the four members met to compare sandbox rules for digital payments this week.', '876', '18:20',
].join('\n');

describe('footedPosts', () => {
  it('reads posts closed by a views-and-time footer under day separators; labels, notices and the header are set aside', () => {
    const r = footedPosts(CHANNEL.split('\n'));
    const filled = (r?.out ?? []).filter((l) => l.length > 0);
    expect(filled.filter((_, i) => i % 3 !== 2)).toEqual([
      'Ports agree on a shared data format', 'March 4', 'Chile opens a trade office in Lima', 'March 4',
      'Fintech regulators compare sandboxes', 'March 6',
    ]);
    expect(r?.removed).toEqual(expect.arrayContaining(['2 140 subscribers', 'Channel photo updated', 'Forwarded from Andina English', '2.1K', 'edited 15:47']));
    expect(footedPosts('Title\n\nText of a story that is long enough to be a body, with a sentence.\n10:32'.split('\n'))).toBeNull();
  });

  it('imports a channel copy as its posts, dated by their day separators, with nothing lost', () => {
    const r = importPlainTextResult(CHANNEL, 'channel.txt', { fileDate: '2024-03-10' });
    expect(r.bulletins.map((b) => [b.title, b.date])).toEqual([
      ['Ports agree on a shared data format', '2024-03-04'],
      ['Chile opens a trade office in Lima', '2024-03-04'],
      ['Fintech regulators compare sandboxes', '2024-03-06'],
    ]);
    expect(findLostLines(r.sourceLines, r.bulletins, r.removed)).toEqual([]);
  });
});
