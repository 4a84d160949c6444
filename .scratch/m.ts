import { detectContact } from '../src/detect/contact/index.ts';
import { maskText, MASK } from '../src/detect/contact/index.ts';
const t = 'wa.me/ dot john at gmail';
const s = detectContact({ text: t });
console.log(s.map(x=>[x.type,x.start,x.end,x.text]));
const m = maskText(t, s.filter(x=>x.type.startsWith('contact.')));
console.log(m, detectContact({ text: m }).map(x=>[x.type,x.start,x.end,x.text]));
