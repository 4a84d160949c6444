export { CONTACT_FAMILIES, type ContactFamily, type ContactInput, detectContact, MASK, maskText } from './detect-contact.ts';
export { isScopingAccessRequest } from './scoping.ts';
