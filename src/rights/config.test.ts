import { describe, expect, it } from 'vitest';
import { DEFAULT_RETENTION, loadRetentionConfig } from './config.ts';

describe('loadRetentionConfig', () => {
  it('gives the defaults, takes whole numbers, and names the variable of a bad one', () => {
    expect(loadRetentionConfig({})).toEqual(DEFAULT_RETENTION);
    expect(loadRetentionConfig({ WARDEN_RETENTION_MESSAGE_TEXT_DAYS: '30', WARDEN_RETENTION_LOGIN_DAYS: '0' })).toMatchObject({
      messageTextDays: 30,
      loginDays: 0,
    });
    expect(() => loadRetentionConfig({ WARDEN_RETENTION_ATTACHMENT_DAYS: '-1' })).toThrow(/WARDEN_RETENTION_ATTACHMENT_DAYS/);
    expect(() => loadRetentionConfig({ WARDEN_RETENTION_MESSAGE_TAIL_MINUTES: '0' })).toThrow(/WARDEN_RETENTION_MESSAGE_TAIL_MINUTES/);
    expect(() => loadRetentionConfig({ WARDEN_RETENTION_LOGIN_DAYS: '2 weeks' })).toThrow(/WARDEN_RETENTION_LOGIN_DAYS/);
  });
});
