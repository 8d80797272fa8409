import { useEffect } from 'react';
import { create } from 'zustand';

interface ToastState {
  message: string | null;
  show(message: string): void;
  clear(): void;
}

/** One short status message at a time, announced to screen readers. */
export const useToast = create<ToastState>()((set) => ({
  message: null,
  show: (message) => set({ message }),
  clear: () => set({ message: null }),
}));

export function ToastHost() {
  const message = useToast((s) => s.message);
  const clear = useToast((s) => s.clear);
  useEffect(() => {
    if (!message) return;
    const t = window.setTimeout(clear, 4000);
    return () => window.clearTimeout(t);
  }, [message, clear]);
  return (
    <div role="status" aria-live="polite">
      {message ? <div className="toast">{message}</div> : null}
    </div>
  );
}
