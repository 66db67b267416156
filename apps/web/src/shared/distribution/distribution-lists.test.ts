import type { DistributionCode } from '@hylle/contracts';
import { describe, expect, it } from 'vitest';
import { codeOptions, codesOfList, codeWithLabel, parseMaxLength } from './distribution-lists.ts';

const code = (list: DistributionCode['list'], text: string, label = ''): DistributionCode => ({ id: `${list}-${text}`, list, code: text, label });
const codes = [code('department', 'BARN', 'Barneavdelingen'), code('department', 'VOKSEN'), code('shelf_location', 'KRIM', 'Krim')];

describe('distribution lists in the web app', () => {
  it('picks one list', () => {
    expect(codesOfList(codes, 'department').map((c) => c.code)).toEqual(['BARN', 'VOKSEN']);
    expect(codesOfList(codes, 'material_type')).toEqual([]);
  });

  it('names a code with its description when it has one', () => {
    expect(codeWithLabel(codes[0]!)).toBe('BARN – Barneavdelingen');
    expect(codeWithLabel(codes[1]!)).toBe('VOKSEN');
  });

  it('offers "none" first, then the list, keeping a chosen code the list no longer has', () => {
    expect(codeOptions(codes, 'department', 'VOKSEN', 'Ikke valgt')).toEqual([
      { value: '', label: 'Ikke valgt' },
      { value: 'BARN', label: 'BARN – Barneavdelingen' },
      { value: 'VOKSEN', label: 'VOKSEN' },
    ]);
    expect(codeOptions(codes, 'department', 'UNGDOM', 'Ikke valgt').map((o) => o.value)).toEqual(['', 'UNGDOM', 'BARN', 'VOKSEN']);
    expect(codeOptions(codes, 'material_type', '', 'Ikke valgt')).toEqual([{ value: '', label: 'Ikke valgt' }]);
  });

  it('reads a field length of 1 to 200 and nothing else', () => {
    expect(parseMaxLength(' 60 ')).toBe(60);
    expect(parseMaxLength('1')).toBe(1);
    expect(parseMaxLength('200')).toBe(200);
    for (const bad of ['', '0', '201', '12.5', '1e2', '-3', 'tjue', '1000']) expect(parseMaxLength(bad), bad).toBeNull();
  });
});
