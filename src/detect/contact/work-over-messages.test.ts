// The platform's own chat about deliverables sent over several messages is not a promised
// contact (invites-asks.ts isWorkOverMessages; learned/index.ts detectContactIntent). Sentences
// written for this test, none taken from a bench set or the everyday-chat data.
import { describe, expect, it } from 'vitest';
import { detectText } from '../index.ts';
import { isWorkOverMessages } from './invites-asks.ts';

const WORK = [
  'The revised logo files are heavy, so they come in the next message.',
  'Sending the wireframes in two messages, the second one has the tablet layouts.',
  'Los archivos del catálogo van en el siguiente mensaje.',
  'Je joins les captures dans le message suivant.',
  'Die Entwürfe schicke ich dir in der nächsten Nachricht.',
  'Os arquivos finais vão na próxima mensagem.',
  'Макеты пришлю следующим сообщением, они большие.',
  'Dosyaları bir sonraki mesajda gönderiyorum.',
  'الملفات في الرسالة التالية.',
  'बाकी फोटो अगले मैसेज में भेजूँगी।',
  '截图我下一条消息发你。',
  '写真は次のメッセージで送ります。',
  '시안은 다음 메시지로 보낼게요.',
];
const CONTACT = [
  'My number comes in the next message, the filter cuts it here.',
  'Te paso mi WhatsApp en el siguiente mensaje.',
  'Мой номер пришлю следующим сообщением.',
  '电话号码我下一条消息发你。',
];

describe('isWorkOverMessages', () => {
  it.each(WORK)('a deliverable over messages: %s', (text) => expect(isWorkOverMessages(text)).toBe(true));
  it.each(CONTACT)('a contact over messages is not work: %s', (text) => expect(isWorkOverMessages(text)).toBe(false));
  it('needs the messages frame: a file alone is not it', () => {
    expect(isWorkOverMessages('The file is attached, let me know what you think.')).toBe(false);
  });
  it.each(WORK)('screening finds no off-platform intent in: %s', (text) => {
    const types = detectText({ text, kind: 'message' }).map((s) => s.type);
    expect(types.filter((t) => t.startsWith('offplatform.') || t.startsWith('contact.'))).toEqual([]);
  });
  it.each(CONTACT)('screening still reads the promised contact: %s', (text) => {
    const types = detectText({ text, kind: 'message' }).map((s) => s.type);
    expect(types).toContain('offplatform.solicitation');
  });
});
