import { describe, expect, it } from 'vitest';
import { commonAncestor, revisionChain } from '../../../../renderer/src/app/archive/sync/conflicts';
import { classifySyncError, pushFailure, teamDatabaseUrl } from '../../../../renderer/src/app/archive/sync/errors';
import { DirtySet } from '../../../../renderer/src/app/archive/sync/exporter';

describe('teamDatabaseUrl', () => {
  it('joins an https server and a database name', () => {
    expect(teamDatabaseUrl('https://couch.example.org/', 'pa-team')).toBe('https://couch.example.org/pa-team');
    expect(teamDatabaseUrl(' https://couch.example.org/couch ', 'pa_team')).toBe('https://couch.example.org/couch/pa_team');
    expect(teamDatabaseUrl('http://127.0.0.1:5986', 'team')).toBe('http://127.0.0.1:5986/team');
  });

  it.each([
    ['http://couch.example.org', 'team', /https/],
    ['https://ana:pw@couch.example.org', 'team', /own boxes/],
    ['not a url', 'team', /not a valid address/],
    ['https://couch.example.org', 'Team', /lowercase/],
    ['https://couch.example.org', '../_users', /lowercase/],
  ])('refuses %s / %s', (url, db, message) => {
    expect(() => teamDatabaseUrl(url, db)).toThrow(message);
  });
});

describe('sync errors', () => {
  it('names wrong credentials, missing rights, a missing database and an absent server', () => {
    expect(classifySyncError({ status: 401 }).code).toBe('unauthorized');
    expect(classifySyncError({ status: 403 }).code).toBe('forbidden');
    expect(classifySyncError({ name: 'forbidden', message: 'no' }).code).toBe('forbidden');
    expect(classifySyncError({ status: 404 }).code).toBe('not-found');
    expect(classifySyncError(new TypeError('Failed to fetch')).code).toBe('unreachable');
    expect(classifySyncError({ status: 502 }).code).toBe('unreachable');
  });

  it('a push with refused documents is a rights problem when the server said forbidden', () => {
    expect(pushFailure({ doc_write_failures: 0, errors: [] })).toBeNull();
    expect(pushFailure({ doc_write_failures: 2, errors: [{ name: 'forbidden' }] })?.code).toBe('forbidden');
    expect(pushFailure({ doc_write_failures: 1, errors: [{ status: 500 }] })?.code).toBe('refused-docs');
  });
});

describe('DirtySet', () => {
  it('collects changed bulletin ids, falls back to a full comparison, and puts back what a failed export took', () => {
    const dirty = new DirtySet();
    expect(dirty.take().all).toBe(true); // a fresh connection compares everything once
    dirty.note({ kind: 'bulletins', ids: ['a', 'b'] });
    dirty.note({ kind: 'tags', ids: ['t'] });
    expect(dirty.pending).toBe(2);
    const taken = dirty.take();
    expect(taken).toEqual({ all: false, ids: ['a', 'b'] });
    expect(dirty.pending).toBe(0);
    dirty.restore(taken);
    expect(dirty.pending).toBe(2);
    dirty.note({ kind: 'all' });
    expect(dirty.take().all).toBe(true);
  });
});

describe('revision history', () => {
  const leaf = (rev: string, ids: string[]) => ({ _id: 'd', _rev: rev, _revisions: { start: Number(rev.split('-')[0]), ids } });
  it('finds the newest common ancestor of two leaves', () => {
    const a = leaf('3-a3', ['a3', 'a2', 'x1']);
    const b = leaf('2-b2', ['b2', 'x1']);
    expect(revisionChain(a)).toEqual(['3-a3', '2-a2', '1-x1']);
    expect(commonAncestor(a, b)).toBe('1-x1');
    expect(commonAncestor(leaf('1-p', ['p']), leaf('1-q', ['q']))).toBeNull();
  });
});
