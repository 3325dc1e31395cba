// A disclosure (a button that shows a small menu): open and closed, with the ways people expect it to close —
// Escape (focus back on the button), a press elsewhere, or Tab moving past it.
import { useEffect, useId, useRef, useState, type FocusEvent } from 'react';

export function useDisclosure() {
  const [isOpen, setOpen] = useState(false);
  const container = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const menuId = useId();

  useEffect(() => {
    if (!isOpen) return;
    const onPointer = (event: PointerEvent) => {
      if (!container.current?.contains(event.target as Node)) setOpen(false);
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      setOpen(false);
      button.current?.focus();
    };
    document.addEventListener('pointerdown', onPointer);
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('pointerdown', onPointer);
      document.removeEventListener('keydown', onKey);
    };
  }, [isOpen]);

  return {
    isOpen,
    close: () => setOpen(false),
    /** Spread on the element around the button and the menu. */
    containerProps: {
      ref: container,
      onBlur: (event: FocusEvent<HTMLDivElement>) => {
        if (!container.current?.contains(event.relatedTarget as Node | null)) setOpen(false); // Tab moved past the menu
      },
    },
    /** Spread on the button that opens it. */
    buttonProps: { ref: button, type: 'button' as const, 'aria-expanded': isOpen, 'aria-controls': menuId, onClick: () => setOpen((open) => !open) },
    /** Spread on the menu. */
    menuProps: { id: menuId, hidden: !isOpen },
  };
}
