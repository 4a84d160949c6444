// Autonomous systems whose addresses are data centres, VPN exits or privacy relays rather than
// homes, offices and phones. No maintained offline list of hosting ASNs ships on npm (the
// packages found either call a paid API at run time or fetch cloud ranges from the network),
// so this is a reviewed list: each AS number is the one the provider publishes for itself
// (its PeeringDB record), and `hosting-asns.test.ts` checks every entry against the
// organisation name in the installed `@ip-location-db/asn` data, so a renumbered or mistyped
// entry fails the tests. Reviewed 2026-11-30; extend it with WARDEN_NETWORK_HOSTING_ASNS.
//
// Kinds, and what each says about a login (always weakly: people work from cloud desktops,
// pay for VPNs and use their phone's privacy relay every day):
//   cloud   — a public cloud's compute ranges (also its own offices' traffic, for some).
//   hosting — rented servers and VPS; many commercial VPNs rent their exits here.
//   vpn     — networks run by consumer VPN companies for their exits.
//   relay   — privacy relays (iCloud Private Relay, Cloudflare WARP): ordinary phone users.

export const NETWORK_KINDS = ['cloud', 'hosting', 'vpn', 'relay', 'tor'] as const;
export type NetworkKind = (typeof NETWORK_KINDS)[number];

export interface HostingAsn {
  asn: number;
  kind: Exclude<NetworkKind, 'tor'>;
  /** The provider, as a reviewer knows it. */
  provider: string;
  /** A fragment of the organisation name the ASN data gives (checked by the test). */
  orgMatch: string;
}

export const HOSTING_ASNS: readonly HostingAsn[] = [
  // Public clouds.
  { asn: 16509, kind: 'cloud', provider: 'Amazon Web Services', orgMatch: 'Amazon' },
  { asn: 14618, kind: 'cloud', provider: 'Amazon Web Services', orgMatch: 'Amazon' },
  { asn: 8987, kind: 'cloud', provider: 'Amazon Web Services (Ireland)', orgMatch: 'Amazon' },
  { asn: 396982, kind: 'cloud', provider: 'Google Cloud', orgMatch: 'Google' },
  { asn: 19527, kind: 'cloud', provider: 'Google Cloud', orgMatch: 'Google' },
  { asn: 8075, kind: 'cloud', provider: 'Microsoft Azure', orgMatch: 'Microsoft' },
  { asn: 31898, kind: 'cloud', provider: 'Oracle Cloud', orgMatch: 'Oracle' },
  { asn: 45102, kind: 'cloud', provider: 'Alibaba Cloud', orgMatch: 'Alibaba' },
  { asn: 37963, kind: 'cloud', provider: 'Alibaba Cloud (China)', orgMatch: 'Alibaba' },
  { asn: 132203, kind: 'cloud', provider: 'Tencent Cloud', orgMatch: 'Tencent' },
  // Servers and VPS for rent.
  { asn: 14061, kind: 'hosting', provider: 'DigitalOcean', orgMatch: 'DigitalOcean' },
  { asn: 63949, kind: 'hosting', provider: 'Linode (Akamai)', orgMatch: 'Akamai' },
  { asn: 20473, kind: 'hosting', provider: 'Vultr (The Constant Company)', orgMatch: 'Constant' },
  { asn: 16276, kind: 'hosting', provider: 'OVHcloud', orgMatch: 'OVH' },
  { asn: 35540, kind: 'hosting', provider: 'OVHcloud', orgMatch: 'OVH' },
  { asn: 24940, kind: 'hosting', provider: 'Hetzner', orgMatch: 'Hetzner' },
  { asn: 213230, kind: 'hosting', provider: 'Hetzner Cloud', orgMatch: 'Hetzner' },
  { asn: 51167, kind: 'hosting', provider: 'Contabo', orgMatch: 'Contabo' },
  { asn: 40021, kind: 'hosting', provider: 'Contabo (US)', orgMatch: 'Contabo' },
  { asn: 12876, kind: 'hosting', provider: 'Scaleway', orgMatch: 'Scaleway' },
  { asn: 60781, kind: 'hosting', provider: 'Leaseweb', orgMatch: 'LeaseWeb' },
  { asn: 28753, kind: 'hosting', provider: 'Leaseweb', orgMatch: 'Leaseweb' },
  { asn: 16265, kind: 'hosting', provider: 'Leaseweb', orgMatch: 'LeaseWeb' },
  { asn: 7203, kind: 'hosting', provider: 'Leaseweb USA', orgMatch: 'Leaseweb' },
  { asn: 394380, kind: 'hosting', provider: 'Leaseweb USA', orgMatch: 'Leaseweb' },
  { asn: 8560, kind: 'hosting', provider: 'IONOS', orgMatch: 'IONOS' },
  { asn: 47583, kind: 'hosting', provider: 'Hostinger', orgMatch: 'Hostinger' },
  { asn: 36352, kind: 'hosting', provider: 'HostPapa / ColoCrossing', orgMatch: 'HostPapa' },
  { asn: 55286, kind: 'hosting', provider: 'ServerMania (B2 Net)', orgMatch: 'B2 Net' },
  { asn: 62240, kind: 'hosting', provider: 'Clouvider', orgMatch: 'Clouvider' },
  { asn: 53667, kind: 'hosting', provider: 'BuyVM (FranTech)', orgMatch: 'FranTech' },
  { asn: 46606, kind: 'hosting', provider: 'Unified Layer (Bluehost)', orgMatch: 'Unified Layer' },
  { asn: 398101, kind: 'hosting', provider: 'GoDaddy', orgMatch: 'GoDaddy' },
  { asn: 21859, kind: 'hosting', provider: 'Zenlayer', orgMatch: 'Zenlayer' },
  { asn: 33387, kind: 'hosting', provider: 'Nocix', orgMatch: 'Nocix' },
  { asn: 49981, kind: 'hosting', provider: 'WorldStream', orgMatch: 'WorldStream' },
  { asn: 29802, kind: 'hosting', provider: 'Hivelocity', orgMatch: 'HIVELOCITY' },
  { asn: 23470, kind: 'hosting', provider: 'ReliableSite', orgMatch: 'ReliableSite' },
  { asn: 32244, kind: 'hosting', provider: 'Liquid Web', orgMatch: 'Liquid Web' },
  { asn: 19318, kind: 'hosting', provider: 'Interserver', orgMatch: 'Interserver' },
  { asn: 3223, kind: 'hosting', provider: 'Voxility', orgMatch: 'Voxility' },
  { asn: 8100, kind: 'hosting', provider: 'QuadraNet', orgMatch: 'QuadraNet' },
  { asn: 20454, kind: 'hosting', provider: 'Secured Servers', orgMatch: 'SECURED SERVERS' },
  { asn: 35916, kind: 'hosting', provider: 'Multacom', orgMatch: 'MULTACOM' },
  { asn: 13213, kind: 'hosting', provider: 'UK-2', orgMatch: 'UK-2' },
  { asn: 50673, kind: 'hosting', provider: 'Serverius', orgMatch: 'Serverius' },
  { asn: 43350, kind: 'hosting', provider: 'NForce', orgMatch: 'NForce' },
  { asn: 200651, kind: 'hosting', provider: 'FlokiNET', orgMatch: 'FlokiNET' },
  { asn: 202425, kind: 'hosting', provider: 'IP Volume', orgMatch: 'IP Volume' },
  // Hosting networks that rent most of their addresses to VPN companies as exits.
  { asn: 9009, kind: 'hosting', provider: 'M247 (many VPN exits)', orgMatch: 'M247' },
  { asn: 212238, kind: 'hosting', provider: 'Datacamp / CDN77 (many VPN exits)', orgMatch: 'Datacamp' },
  { asn: 60068, kind: 'hosting', provider: 'Datacamp / CDN77 (many VPN exits)', orgMatch: 'Datacamp' },
  // Networks of consumer VPN companies.
  { asn: 39351, kind: 'vpn', provider: 'Mullvad VPN (31173 Services)', orgMatch: '31173' },
  { asn: 136787, kind: 'vpn', provider: 'NordVPN (PacketHub)', orgMatch: 'PacketHub' },
  { asn: 207137, kind: 'vpn', provider: 'NordVPN (PacketHub)', orgMatch: 'PacketHub' },
  { asn: 141039, kind: 'vpn', provider: 'NordVPN (PacketHub)', orgMatch: 'PacketHub' },
  { asn: 147049, kind: 'vpn', provider: 'NordVPN (PacketHub)', orgMatch: 'PacketHub' },
  { asn: 209854, kind: 'vpn', provider: 'Surfshark (Cyberzone)', orgMatch: 'Cyberzone' },
  { asn: 198605, kind: 'vpn', provider: 'Avast SecureLine VPN', orgMatch: 'AVAST' },
  // Privacy relays: Apple's iCloud Private Relay egresses through Akamai (36183), Cloudflare
  // and Fastly; Cloudflare's WARP app through Cloudflare. Millions of ordinary phone users.
  { asn: 36183, kind: 'relay', provider: 'Akamai (iCloud Private Relay egress)', orgMatch: 'Akamai' },
  { asn: 13335, kind: 'relay', provider: 'Cloudflare (WARP, iCloud Private Relay)', orgMatch: 'Cloudflare' },
  { asn: 54113, kind: 'relay', provider: 'Fastly (iCloud Private Relay egress)', orgMatch: 'Fastly' },
];
