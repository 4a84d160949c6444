// Exemption helper for the decision layer: an e-mail shared so that the other party can be
// given access to a system for scoping (a repository, a drive, analytics, e-signature) is
// not an attempt to move the conversation off the platform.
import { normalize } from '../normalize/normalize.ts';

const SYSTEMS =
  '(?:github|gitlab|bitbucket|repo|repository|repositorio|depot|dépôt|google drive|drive|dropbox|onedrive|sharepoint|google docs?|docs|sheets?|figma|jira|confluence|trello|asana|notion|analytics|google analytics|ga4|search console|tag manager|gtm|looker|tableau|power bi|aws|gcp|azure|firebase|vercel|netlify|heroku|docusign|hellosign|adobe sign|pandadoc|shopify|wordpress|admin|dashboard|workspace|staging|account access|access)';
const GRANT =
  '(?:add|invite|share|grant|give|send (?:an? )?invit\\p{L}*|provide access|access|collaborator|permission|agregar|agrega|invitar|compartir|acceso|adicionar|adiciona|convidar|compartilhar|acesso|ajouter|inviter|partager|acces|hinzufugen|einladen|teilen|zugriff|freigeben|aggiungere|aggiungi|invitare|condividere|accesso|добав\\p{L}*|пригла\\p{L}*|доступ\\p{L}*|расшар\\p{L}*|dodaj\\p{L}*|zaprosi\\p{L}*|udostępni\\p{L}*|udostepni\\p{L}*|dostęp\\p{L}*|dostep\\p{L}*)';
// Within one sentence; dots inside addresses and domains do not end it.
const NEAR = '(?:[^.!?\\n]|\\.(?=\\S)){0,80}';
const ACCESS_REQUEST = new RegExp(`${GRANT}${NEAR}${SYSTEMS}|${SYSTEMS}${NEAR}${GRANT}`, 'u');
const ADDRESS = /[a-z0-9._%+-]+\s?@\s?[a-z0-9-]+(?:\.[a-z0-9-]+)+/;

/** True when the text shares or asks for an e-mail to grant access to a system for scoping. */
export function isScopingAccessRequest(text: string): boolean {
  const n = normalize(text).text;
  return ACCESS_REQUEST.test(n) && (ADDRESS.test(n) || /e-?mail|correo|почт|courriel|mail/.test(n));
}
