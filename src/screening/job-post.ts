// One reading of a job post for screening, shared by the job.posted hook, `warden screen` and
// POST /v1/screen: the text screened (title, company description, description) and what the
// fake-job model reads beyond the text (learned/datasets.ts JobMeta).
import type { JobMeta } from '../detect/index.ts';
import type { EventData } from '../events/schemas.ts';

/** The job.posted fields screening reads besides the text (all optional). */
export type JobPostFields = Partial<
  Pick<
    EventData<'job.posted'>,
    | 'title'
    | 'description'
    | 'company'
    | 'salaryRange'
    | 'budgetCents'
    | 'screeningQuestions'
    | 'employmentType'
    | 'remote'
    | 'category'
    | 'jobFunction'
    | 'location'
  >
>;

/** Title, company description and description, joined by blank lines (the shape the job model was trained on). */
export function jobPostText(post: JobPostFields): string {
  return [post.title, post.company?.description, post.description].filter(Boolean).join('\n\n');
}

/**
 * The post's metadata for the fake-job model. A field the marketplace did not send stays
 * undefined (the model then reads nothing for it), so an absent logo is not read as "no logo".
 */
export function jobPostMeta(post: JobPostFields): JobMeta {
  return {
    companyDescription: post.company?.description,
    hasCompanyLogo: post.company?.hasLogo,
    hasQuestions: post.screeningQuestions ? post.screeningQuestions.length > 0 : undefined,
    hasSalary: post.salaryRange !== undefined || post.budgetCents !== undefined ? Boolean(post.salaryRange || post.budgetCents) : undefined,
    telecommuting: post.remote,
    employmentType: post.employmentType,
    industry: post.category,
    jobFunction: post.jobFunction,
    country: post.location?.country,
  };
}
