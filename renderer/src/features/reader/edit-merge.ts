/**
 * The reader's edit form as plain values, and the field-by-field merge offered when a save is
 * refused because the bulletin changed elsewhere (another window, tab or a sync) since the form
 * was loaded. Pure: no React, no database.
 */
import type { Bulletin, Language } from '../../core/model';

export interface EditValues {
  title: string;
  /** `YYYY-MM-DD`, or '' for undated. */
  date: string;
  place: string;
  language: Language;
  body: string;
}

export type EditField = keyof EditValues;
export const EDIT_FIELDS: readonly EditField[] = ['title', 'date', 'place', 'language', 'body'];

export type MergeChoice = 'mine' | 'theirs';

/** A field the other write changed: both values and which one the person keeps. */
export interface FieldConflict {
  field: EditField;
  mine: string;
  theirs: string;
  choice: MergeChoice;
}

/** The form's values for a stored bulletin. */
export function valuesOf(bulletin: Pick<Bulletin, EditField>): EditValues {
  return { title: bulletin.title, date: bulletin.date ?? '', place: bulletin.place ?? '', language: bulletin.language, body: bulletin.body };
}

/**
 * The fields changed elsewhere (theirs differs from what the form was loaded with), each with
 * the person's value. A field only they changed defaults to theirs (nothing of the person's is lost);
 * one both changed to different values defaults to the person's own.
 */
export function conflictingFields(base: EditValues, mine: EditValues, theirs: EditValues): FieldConflict[] {
  return EDIT_FIELDS.filter((f) => theirs[f] !== base[f]).map((field) => ({
    field,
    mine: mine[field],
    theirs: theirs[field],
    choice: mine[field] !== base[field] && mine[field] !== theirs[field] ? 'mine' : 'theirs',
  }));
}

/** The person's values with the fields they chose to take from the other write. */
export function mergeValues(mine: EditValues, theirs: EditValues, conflicts: readonly FieldConflict[]): EditValues {
  const merged: EditValues = { ...mine };
  for (const c of conflicts) if (c.choice === 'theirs') Object.assign(merged, { [c.field]: theirs[c.field] });
  return merged;
}
