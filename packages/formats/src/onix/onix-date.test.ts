import { describe, expect, it } from 'vitest';
import { onixDate } from './onix-date.ts';

describe('onixDate', () => {
  it('reads the common formats at their precision', () => {
    expect(onixDate('20240115', '00')).toBe('2024-01-15');
    expect(onixDate('202401', '01')).toBe('2024-01');
    expect(onixDate('2024', '05')).toBe('2024');
    expect(onixDate('20140710T114222+0200', '14')).toBe('2014-07-10');
    expect(onixDate('20140710T1142', '13')).toBe('2014-07-10');
    expect(onixDate('2024011520240215', '06')).toBe('2024-01-15');
  });

  it('goes by the shape when the declared format is wrong or missing', () => {
    expect(onixDate('2011-08-31', '00')).toBe('2011-08-31');
    expect(onixDate('2011-08-31', null)).toBe('2011-08-31');
    expect(onixDate('1989', '00')).toBe('1989');
    expect(onixDate('20110831T120000+0200', null)).toBe('2011-08-31');
  });

  it('reads weeks, quarters and seasons as their year', () => {
    expect(onixDate('202415', '02')).toBe('2024');
    expect(onixDate('20243', '03')).toBe('2024');
  });

  it('gives null for impossible or unreadable dates', () => {
    expect(onixDate('20163112', '00')).toBeNull();
    expect(onixDate('20230229', '00')).toBeNull();
    expect(onixDate('20240229', '00')).toBe('2024-02-29');
    expect(onixDate('00000101', null)).toBeNull();
    expect(onixDate('soon', null)).toBeNull();
    expect(onixDate('14380101', '20')).toBeNull();
  });
});
