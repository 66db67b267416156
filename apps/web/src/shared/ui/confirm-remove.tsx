import { useEffect, useRef, useState } from 'react';
import { useT } from '../i18n/use-t.ts';

interface Props {
  /** Visible button text names the thing ("Fjern Kari"), so a list of buttons is unambiguous. */
  buttonLabel: string;
  question: string;
  onConfirm: () => void;
  pending?: boolean;
}

/** Two-step removal inline: no modal to trap focus in, and nothing is deleted by one stray click. */
export function ConfirmRemove({ buttonLabel, question, onConfirm, pending }: Props) {
  const t = useT();
  const [asking, setAsking] = useState(false);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const openRef = useRef<HTMLButtonElement>(null);
  const wasAsking = useRef(false);

  useEffect(() => {
    // Move focus with the step so keyboard users land on the new choice, and back when cancelled.
    if (asking) confirmRef.current?.focus();
    else if (wasAsking.current) openRef.current?.focus();
    wasAsking.current = asking;
  }, [asking]);

  if (!asking) {
    return (
      <button ref={openRef} type="button" className="button button--danger-quiet" onClick={() => setAsking(true)}>
        {buttonLabel}
      </button>
    );
  }
  return (
    <div className="confirm" role="group" aria-label={question}>
      <p className="confirm__question">{question}</p>
      <div className="button-row">
        <button ref={confirmRef} type="button" className="button button--danger" disabled={pending} onClick={onConfirm}>
          {t('common.confirmRemove')}
        </button>
        <button type="button" className="button button--secondary" onClick={() => setAsking(false)}>
          {t('common.cancel')}
        </button>
      </div>
    </div>
  );
}
