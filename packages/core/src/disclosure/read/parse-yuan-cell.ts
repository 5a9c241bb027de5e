import { decimalToFen, type Fen } from '../../model/money';

const MONEY = /^-?[\d,，]+(\.\d+)?$/;

/** Reads a 元 table cell ("5,142,114.94") into fen; empty or non-numeric cells give null. */
export function parseYuanCell(text: string | undefined): Fen | null {
  const t = (text ?? '').trim();
  if (t === '' || !MONEY.test(t)) return null;
  return decimalToFen(t, 'yuan');
}

/** True when the cell holds an amount with decimals as 元 tables print them. */
export function isAmountCell(text: string | undefined): boolean {
  return /^-?\d{1,3}(,\d{3})*\.\d+$|^-?\d+\.\d+$/.test((text ?? '').trim());
}
