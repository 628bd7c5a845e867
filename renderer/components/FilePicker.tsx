// The hidden file input behind an "import…" button: the button calls `ref.current.click()`. The value is
// cleared after each pick, so choosing the same file again (after fixing it) still reaches `onFile`.
import type { RefObject } from 'react';

interface FilePickerProps {
  readonly inputRef: RefObject<HTMLInputElement | null>;
  readonly accept: string;
  readonly label: string;
  readonly onFile: (file: File) => void;
}

export function FilePicker({ inputRef, accept, label, onFile }: FilePickerProps) {
  return (
    <input
      ref={inputRef}
      type="file"
      accept={accept}
      aria-label={label}
      hidden
      onChange={(e) => {
        const file = e.target.files?.[0];
        e.target.value = '';
        if (file) onFile(file);
      }}
    />
  );
}
