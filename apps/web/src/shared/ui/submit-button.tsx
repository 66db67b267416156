interface Props {
  pending: boolean;
  label: string;
  pendingLabel: string;
}

/** Stays focusable while pending (aria-disabled, not disabled) so focus isn't lost mid-submit. */
export function SubmitButton({ pending, label, pendingLabel }: Props) {
  return (
    <button
      type="submit"
      className="button"
      aria-disabled={pending || undefined}
      onClick={(event) => {
        if (pending) event.preventDefault();
      }}
    >
      {pending ? pendingLabel : label}
    </button>
  );
}
