import { describe, it, expect } from 'vitest';
import { hanNameReadings } from './name-readings.js';
import { foldName } from './names.js';

describe('name readings: a Han-script name in pinyin and Hán-Việt', () => {
  it('reads a name of three characters: the given name as one word and split in pinyin, a syllable a word in Hán-Việt', () => {
    // names of our own invention
    const r = hanNameReadings('钟海涛');
    expect(r).toContain('zhong haitao');
    expect(r).toContain('zhong hai tao');
    expect(r).toContain(foldName('Chung Hải Đào'));
  });

  it('reads the traditional form as the simplified one', () => {
    expect(hanNameReadings('鄧偉業')).toEqual(hanNameReadings('邓伟业'));
    expect(hanNameReadings('鄧偉業')).toContain(foldName('Đặng Vĩ Nghiệp'));
    // a traditional form the general table leaves out, kept by the name table (蕭 -> 萧)
    expect(hanNameReadings('蕭明')).toContain('xiao ming');
  });

  it('reads a two-character name and the i / y spellings of Vietnamese', () => {
    const r = hanNameReadings('李和');
    expect(r).toContain('li he');
    expect(r).toContain(foldName('Lý Hòa'));
    expect(r).toContain(foldName('Lí Hòa'));
  });

  it('gives both readings where a name character has two', () => {
    const r = hanNameReadings('黄平');
    expect(r).toContain(foldName('Hoàng Bình'));
    expect(r).toContain(foldName('Huỳnh Bình'));
  });

  it('reads a polyphonic character as a family name the way family names read', () => {
    expect(hanNameReadings('曾志')).toContain('zeng zhi');
    expect(hanNameReadings('解文')).toContain('xie wen');
    expect(hanNameReadings('文解')).toContain('wen jie');
  });

  it('reads a compound family name as one word', () => {
    const r = hanNameReadings('欧阳明远');
    expect(r).toContain('ouyang mingyuan');
    expect(r).toContain(foldName('Âu Dương Minh Viễn'));
  });

  it('reads nothing else: a transliterated foreign name, a Latin name, one character, a character the table lacks', () => {
    expect(hanNameReadings('马克·吕特')).toEqual([]);
    expect(hanNameReadings('Wang Ning')).toEqual([]);
    expect(hanNameReadings('王')).toEqual([]);
    expect(hanNameReadings('王五六七八')).toEqual([]);
    // 㐀 (not a name character) leaves the name without a reading
    expect(hanNameReadings('王㐀')).toEqual([]);
  });
});
