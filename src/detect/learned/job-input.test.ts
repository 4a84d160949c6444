import { describe, expect, it } from 'vitest';
import { jobPostMeta, jobPostText } from '../../screening/job-post.ts';
import { emscadMeta, jobModelInput, jobTitleExtras, joinGroupsByProfile, MAX_TITLE_CHARS, MIN_PROFILE_CHARS } from './datasets.ts';

// A post written for this test in EMSCAD's shape (title, company profile, description).
const profile =
  'Northwind Analytics builds forecasting software for regional grocery chains. We are forty people in two offices, ' +
  'we publish our salary bands and we have been profitable since 2019. Our customers use us to plan orders and staff.';
const post = {
  title: 'Data Analyst',
  company: { description: profile, hasLogo: true },
  description: 'You will build weekly demand reports in SQL and Python and present them to store managers.',
  salaryRange: '50000-60000',
  screeningQuestions: ['Which SQL dialects have you used?'],
  employmentType: 'Full-time',
  remote: false,
  category: 'Computer Software',
  jobFunction: 'Analyst',
  location: { country: 'GB', city: 'Leeds' },
};

describe('what the fake-job model reads of a post', () => {
  it('is the same from a job.posted event as from the training data (no train/serve skew)', () => {
    const text = jobPostText(post);
    const served = jobModelInput(text, jobPostMeta(post), ['scam.upfront_payment']);
    const emscad = emscadMeta(
      {
        has_company_logo: '1',
        has_questions: '1',
        salary_range: '50000-60000',
        telecommuting: '0',
        employment_type: 'Full-time',
        industry: 'Computer Software',
        function: 'Analyst',
        location: 'GB, , Leeds',
      },
      text,
    );
    const trained = jobModelInput(text, emscad, ['scam.upfront_payment']);
    expect(served.text).toBe(trained.text);
    expect([...served.extras].sort()).toEqual([...trained.extras].sort());
  });

  it('leaves out the company description and says there was one', () => {
    expect(profile.length).toBeGreaterThanOrEqual(MIN_PROFILE_CHARS);
    const input = jobModelInput(jobPostText(post), jobPostMeta(post), []);
    expect(input.text).not.toContain('Northwind');
    expect(input.text).toContain('demand reports');
    expect(input.extras).toContain('struct:profile');
    expect(input.extras).toContain('meta:logo:1');
    expect(input.extras).toContain('meta:country:gb');
    expect(input.extras).toContain('meta:function:analyst');
  });

  it('keeps a short description in the text, and reads no metadata the marketplace did not send', () => {
    const short = { title: 'Driver', company: { description: 'Family bakery.' }, description: 'Deliver bread at dawn.' };
    const input = jobModelInput(jobPostText(short), jobPostMeta(short), ['scam.combined']);
    expect(input.text).toContain('Family bakery.');
    expect(input.extras).toContain('struct:noprofile');
    expect(input.extras.filter((e) => e.startsWith('meta:') || e.startsWith('rule:'))).toEqual([]);
  });
});

describe("the title's own features", () => {
  it('reads the first paragraph as the title, folded, in a namespace of its own', () => {
    const input = jobModelInput(jobPostText(post), jobPostMeta(post), []);
    expect(input.extras).toContain('title: da');
    expect(input.extras).toContain('title:lys');
    expect(input.extras.some((e) => e.startsWith('title:') && e.includes('demand'))).toBe(false);
    expect(jobTitleExtras('DATA Analyst\n\nbody')).toEqual(jobTitleExtras('Data Analyst'));
  });

  it('takes no title from a first paragraph too long to be one', () => {
    const long = 'We are hiring people who like numbers. '.repeat(5);
    expect(long.length).toBeGreaterThan(MAX_TITLE_CHARS);
    expect(jobTitleExtras(`${long}\n\nMore.`)).toEqual([]);
    expect(jobTitleExtras('')).toEqual([]);
  });
});

describe('joinGroupsByProfile (the job model folds by company family)', () => {
  // One recruiter's profile with different clients' names in front, as fraudulent EMSCAD ads do.
  const template =
    'and Lakeside Talent have partnered up in an effort to streamline the hiring process and provide a more ' +
    'efficient recruiting model. Our focus is to help develop your career goals while making a solid ' +
    'geographical, cultural and professional fit for your next venture. Please direct all communications to us.';
  it('joins groups whose profiles are near-duplicates, and only those', () => {
    const families = joinGroupsByProfile([
      { group: 'g1', profile: `Harbour Oil ${template}` },
      { group: 'g2', profile: `Pinecrest Energy Partners ${template}` },
      { group: 'g3', profile },
      { group: 'g4' },
      { group: 'g5' },
    ]);
    expect(families.get('g1')).toBe(families.get('g2'));
    expect(new Set([families.get('g1'), families.get('g3'), families.get('g4'), families.get('g5')]).size).toBe(4);
  });
});
