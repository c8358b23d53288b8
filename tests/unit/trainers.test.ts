import { describe, expect, it } from 'vitest';
import { coverageIndex, coverageOf, isoDuration, momentUrl, recordingSeconds } from '../../src/lib/trainers.ts';

describe('recording moments', () => {
  it('reads mm:ss and h:mm:ss as seconds', () => {
    expect(recordingSeconds('12:34')).toBe(754);
    expect(recordingSeconds('1:02:03')).toBe(3723);
  });
  it('writes an ISO duration for <time datetime>', () => {
    expect(isoDuration('12:34')).toBe('PT12M34S');
    expect(isoDuration('1:00:00')).toBe('PT1H');
    expect(isoDuration('0:00')).toBe('PT0S');
  });
  it('links a YouTube recording to the moment with t=…s', () => {
    expect(momentUrl('https://www.youtube.com/watch?v=abc', '12:34')).toBe(
      'https://www.youtube.com/watch?v=abc&t=754s',
    );
  });
  it('links other recordings with a media fragment', () => {
    expect(momentUrl('https://media.example.org/webinar.mp4', '1:00')).toBe(
      'https://media.example.org/webinar.mp4#t=60',
    );
  });
});

describe('coverageOf', () => {
  const events = [
    {
      id: 'webinar-jcbpp',
      data: {
        title: 'Webinar on JCBPP',
        materials: [
          {
            kind: 'recording',
            title: 'Recording',
            url: 'https://www.youtube.com/watch?v=abc',
            chapters: [
              { time: '12:34', title: 'Needs', ref: 'identify-joint-needs#purpose' },
              { time: '20:00', title: 'Other', ref: 'other-guide#x' },
            ],
          },
          { kind: 'page', title: 'The guide', ref: 'identify-joint-needs', chapters: [] },
        ],
      },
    },
  ];
  it('lists each chapter covering a section of the guide, with a link to the moment', () => {
    expect(coverageOf('identify-joint-needs', events)).toEqual([
      {
        section: 'purpose',
        eventId: 'webinar-jcbpp',
        eventTitle: 'Webinar on JCBPP',
        materialTitle: 'Recording',
        time: '12:34',
        href: 'https://www.youtube.com/watch?v=abc&t=754s',
      },
      { section: undefined, eventId: 'webinar-jcbpp', eventTitle: 'Webinar on JCBPP', materialTitle: 'The guide' },
    ]);
  });
  it('is empty for a guide no event covers', () => {
    expect(coverageOf('nobody-covers-this', events)).toEqual([]);
  });
  it('indexes every guide the events cover in one pass, for all guide pages of a build', () => {
    const index = coverageIndex(events);
    expect([...index.keys()].sort()).toEqual(['identify-joint-needs', 'other-guide']);
    expect(index.get('other-guide')).toEqual([
      {
        section: 'x',
        eventId: 'webinar-jcbpp',
        eventTitle: 'Webinar on JCBPP',
        materialTitle: 'Recording',
        time: '20:00',
        href: 'https://www.youtube.com/watch?v=abc&t=1200s',
      },
    ]);
  });
});
