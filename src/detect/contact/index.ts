export { CONTACT_FAMILIES, MASK, detectContact, maskText, type ContactFamily, type ContactInput } from './detect-contact.ts';
export { isScopingAccessRequest } from './scoping.ts';
