import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../../electron/shared/csp';
import { shouldCancelRequest } from '../../../electron/shared/sync-origin';
import { createTeamServer } from '../../../electron/main/team-server';

const file = () => join(mkdtempSync(join(tmpdir(), 'pa-team-')), 'team-server.json');

describe('team server origin (desktop)', () => {
  it('allows exactly the configured origin, remembers it across starts, and asks for a reload once', async () => {
    const path = file();
    const team = createTeamServer(path);
    expect(team.origin()).toBeNull();
    expect(team.policy()).toBe(CONTENT_SECURITY_POLICY);
    expect(await team.setServer('https://couch.example.org/db')).toEqual({ allowed: true, reloadNeeded: true });
    // Not served again yet: still needs the reload.
    expect(await team.setServer('https://couch.example.org')).toEqual({ allowed: true, reloadNeeded: true });
    expect(team.policy()).toContain('connect-src \'self\' blob: data: https://couch.example.org');
    expect(await team.setServer('https://couch.example.org')).toEqual({ allowed: true, reloadNeeded: false });
    const allowed = { syncOrigin: team.origin(), devServerOrigin: null };
    expect(shouldCancelRequest('https://couch.example.org/team/_changes', allowed)).toBe(false);
    expect(shouldCancelRequest('https://other.example.org/', allowed)).toBe(true);

    const nextStart = createTeamServer(path);
    expect(nextStart.origin()).toBe('https://couch.example.org');
  });

  it('never asks for a reload when the page is not served by the app (dev server)', async () => {
    const team = createTeamServer(file());
    expect(await team.setServer('https://couch.example.org')).toEqual({ allowed: true, reloadNeeded: false });
  });

  it('refuses plain http to another machine and forgets on null', async () => {
    const path = file();
    const team = createTeamServer(path);
    expect(await team.setServer('http://couch.example.org')).toEqual({ allowed: false, reloadNeeded: false });
    expect(team.origin()).toBeNull();
    await team.setServer('https://couch.example.org');
    await team.setServer(null);
    expect(team.origin()).toBeNull();
    expect(createTeamServer(path).origin()).toBeNull();
  });
});
