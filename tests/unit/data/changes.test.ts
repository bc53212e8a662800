import { afterEach, describe, expect, it, vi } from 'vitest';
import { manyParsed, useFreshDb } from './helpers';
import {
  ARCHIVE_CHANNEL_NAME,
  closeArchiveChannel,
  commitImport,
  createTag,
  onArchiveChange,
  setSetting,
  type ArchiveChange,
} from '../../../renderer/src/data';

useFreshDb();
afterEach(() => {
  closeArchiveChannel();
  vi.unstubAllGlobals();
});

function nextMessage(channel: BroadcastChannel): Promise<unknown> {
  return new Promise((resolve) => {
    channel.onmessage = (e: MessageEvent<unknown>) => resolve(e.data);
  });
}

describe('change notifications', () => {
  it('notifies listeners in this tab after each write, with ids', async () => {
    const seen: ArchiveChange[] = [];
    const off = onArchiveChange((c) => seen.push(c));
    const res = await commitImport({ fileNames: ['a'], bulletins: manyParsed(2) });
    const tag = await createTag({ name: 'T' });
    await setSetting('theme', 'dark');
    off();
    await setSetting('theme', 'light');
    expect(seen).toEqual([
      { kind: 'bulletins', ids: res.added.map((s) => s.id), origin: 'local' },
      { kind: 'tags', ids: [tag.id], origin: 'local' },
      { kind: 'kv', ids: ['theme'], origin: 'local' },
    ]);
  });

  it('broadcasts to other tabs and relays their changes to local listeners', async () => {
    const other = new BroadcastChannel(ARCHIVE_CHANNEL_NAME);
    try {
      const seen: ArchiveChange[] = [];
      const off = onArchiveChange((c) => seen.push(c));
      const outgoing = nextMessage(other);
      const tag = await createTag({ name: 'Broadcast' });
      expect(await outgoing).toEqual({ kind: 'tags', ids: [tag.id] });

      const relayed = new Promise<ArchiveChange>((resolve) => {
        const off2 = onArchiveChange((c) => {
          if (c.kind === 'dossiers') {
            off2();
            resolve(c);
          }
        });
      });
      other.postMessage({ kind: 'bogus' });
      other.postMessage({ kind: 'dossiers', ids: ['d1'] });
      expect(await relayed).toEqual({ kind: 'dossiers', ids: ['d1'], origin: 'remote' });
      expect(seen.some((c) => (c.kind as string) === 'bogus')).toBe(false);
      off();
    } finally {
      other.close();
    }
  });

  it('still notifies locally when BroadcastChannel is missing, and survives a throwing listener', async () => {
    closeArchiveChannel();
    vi.stubGlobal('BroadcastChannel', undefined);
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const seen: string[] = [];
    const offBad = onArchiveChange(() => {
      throw new Error('listener bug');
    });
    const off = onArchiveChange((c) => seen.push(c.kind));
    await createTag({ name: 'No channel' });
    expect(seen).toEqual(['tags']);
    off();
    offBad();
  });
});
