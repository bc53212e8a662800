import { describe, expect, it } from 'vitest';
import { initialUiState, uiReducer } from '../../../renderer/src/app/state';

describe('UI state: the reader', () => {
  it('a late close after Move to Trash leaves a bulletin opened meanwhile open', () => {
    const first = uiReducer(initialUiState, { type: 'open', id: 'a' });
    // The person opens "b" while the trash of "a" is still being stored…
    const second = uiReducer(first, { type: 'open', id: 'b' });
    // …then the trash finishes and closes "a": "b" stays open.
    expect(uiReducer(second, { type: 'close', id: 'a' }).openId).toBe('b');
    expect(uiReducer(first, { type: 'close', id: 'a' }).openId).toBeNull();
  });
});
