// Which signal types are facts about a network or about travel rather than about conduct:
// a VPN, a data-centre or relay address, a Tor exit, a new or unfamiliar network, a country
// change, impossible travel, a new device, unusual hours, an IP shared with others. One definition, read by the policy
// engine's guard (they never hold money or access alone), by enforcement (they are weak: a
// strike resting on them is a case only) and by payment risk (a risky login is something else).

// `linked.ip`: an address shared with other accounts (an office, a carrier, a VPN exit) is a
// fact about the network too; a shared device, card or payout destination is not.
const NETWORK_OR_TRAVEL = /^(account\.(vpn|proxy|tor|datacenter_ip|new_network|new_country|impossible_travel|new_device|unusual_hours)|linked\.ip)$/;

/** A VPN, a data-centre address, a country change, travel, a new device or network: facts about the network, not about conduct. */
export function isNetworkOrTravelSignal(type: string): boolean {
  return NETWORK_OR_TRAVEL.test(type);
}
