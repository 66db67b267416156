import { useFormatters } from '../format.ts';
import { useT } from '../i18n/use-t.ts';

interface Props {
  minor: number;
  currency: string;
  /** A figure below zero (a remaining budget overspent) is marked in words, not by colour alone. */
  flagNegative?: boolean;
  /** "+1 200,00 kr" / "−300,00 kr": a change rather than a balance. */
  signed?: boolean;
}

export function Money({ minor, currency, flagNegative = false, signed = false }: Props) {
  const t = useT();
  const format = useFormatters();
  const text = signed ? format.signedMoney(minor, currency) : format.money(minor, currency);
  if (flagNegative && minor < 0) {
    return (
      <span className="amount--negative">
        {text} <span className="amount__flag">({t('budget.overBudget')})</span>
      </span>
    );
  }
  return <>{text}</>;
}
