// The keys of a picker's search box, in front of its native <select>: Enter takes the first result (and
// does not submit the form), the down arrow moves into the list, where the browser's own keys work.
import type { KeyboardEvent } from 'react';

export function pickerSearchKeyDown(event: KeyboardEvent<HTMLInputElement>, chooseFirst: (() => void) | undefined, list: HTMLSelectElement | null): void {
  // Enter while an input method is composing (拼音 being turned into 汉字) belongs to the input method.
  if (event.nativeEvent.isComposing) return;
  if (event.key === 'Enter') {
    event.preventDefault();
    chooseFirst?.();
  } else if (event.key === 'ArrowDown' && list) {
    event.preventDefault();
    list.focus();
  }
}
