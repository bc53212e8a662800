import { describe, expect, it } from 'vitest';
import { conflictingFields, mergeValues, type EditValues } from '../../../../renderer/src/features/reader/edit-merge';

const base: EditValues = { title: 'Old title', date: '2023-11-14', place: 'Lima', language: 'es', body: 'Old body' };

describe('edit merge after a refused save', () => {
  it('lists only the fields changed elsewhere, keeping the person’s own edits by default', () => {
    const theirs = { ...base, title: 'Their title' };
    const mine = { ...base, body: 'My body' };
    const conflicts = conflictingFields(base, mine, theirs);
    expect(conflicts).toEqual([{ field: 'title', mine: 'Old title', theirs: 'Their title', choice: 'theirs' }]);
    // A's title and B's body both survive.
    expect(mergeValues(mine, theirs, conflicts)).toEqual({ ...base, title: 'Their title', body: 'My body' });
  });

  it('defaults a field both changed to the person’s value, and takes theirs when chosen', () => {
    const theirs = { ...base, title: 'Theirs', place: 'Santiago' };
    const mine = { ...base, title: 'Mine' };
    const conflicts = conflictingFields(base, mine, theirs);
    expect(conflicts.map((c) => [c.field, c.choice])).toEqual([
      ['title', 'mine'],
      ['place', 'theirs'],
    ]);
    expect(mergeValues(mine, theirs, conflicts).title).toBe('Mine');
    const flipped = conflicts.map((c) => ({ ...c, choice: 'theirs' as const }));
    expect(mergeValues(mine, theirs, flipped)).toEqual(theirs);
  });

  it('finds nothing to merge when the other write changed no form field (e.g. tags only)', () => {
    expect(conflictingFields(base, { ...base, body: 'x' }, base)).toEqual([]);
  });
});
