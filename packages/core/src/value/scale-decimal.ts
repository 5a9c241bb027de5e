/** `48.10` × 10^4 → 481000 exactly, by moving the decimal point in the string (no float error). */
export function scaleDecimal(text: string, power: number): number {
  const [intPart = '0', frac = ''] = text.replace(/,/g, '').split('.');
  const digits = intPart + frac.padEnd(power, '0');
  const point = intPart.length + power;
  const shifted = `${digits.slice(0, point)}.${digits.slice(point)}`;
  return Number(shifted.replace(/\.$/, ''));
}
